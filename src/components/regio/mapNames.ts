// The names of the municipalities on /regio/'s static map, added in the browser: each shape gets
// an SVG <title> (shown when pointed at), so a reader knows what a click would choose. The names
// come from the data the page's island has loaded anyway; in the HTML they would cost 1.8 KB gzip.
import { municipalityByNis } from '../../lib/regio/data';

const SVG = 'http://www.w3.org/2000/svg';

export function nameMapShapes(): void {
  for (const shape of document.querySelectorAll<SVGPathElement>('[data-region-map] path[data-nis]')) {
    const name = municipalityByNis(shape.dataset.nis ?? '')?.name;
    if (!name || shape.querySelector('title')) continue;
    const title = document.createElementNS(SVG, 'title');
    title.textContent = name;
    shape.append(title);
  }
}
