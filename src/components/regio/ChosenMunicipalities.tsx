// The chosen municipalities as a list, each with its reference region, inhabitants and a remove button.
import { useRef } from 'preact/hooks';
import { byName, municipalityByNis, referenceRegionByCode, type Municipality } from '../../lib/regio';

interface Props {
  chosen: readonly string[];
  onRemove: (nis: string) => void;
}

const number = (value: number) => value.toLocaleString('nl-BE');

export function ChosenMunicipalities({ chosen, onRemove }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const municipalities = chosen.map((nis) => municipalityByNis(nis)).filter((m): m is Municipality => !!m).sort(byName);

  function remove(index: number) {
    onRemove(municipalities[index].nis);
    // Keep the keyboard where it was: the next remove button, or the search field.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll('button');
      const next = buttons?.[Math.min(index, buttons.length - 1)] ?? document.getElementById('gemeente-zoeken');
      next?.focus();
    });
  }

  return (
    <section class="chosen" aria-labelledby="gekozen-titel">
      <h2 id="gekozen-titel">
        Gekozen gemeenten{municipalities.length > 0 ? ` (${municipalities.length})` : ''}
      </h2>
      {municipalities.length === 0 ? (
        <p class="chosen__empty">Nog geen gemeenten gekozen. Zoek ze hierboven of klik ze aan op de kaart.</p>
      ) : (
        <ul class="chosen__list" ref={list}>
          {municipalities.map((m, index) => (
            <li key={m.nis} class="chosen__item" data-nis={m.nis}>
              <span class="chosen__name">{m.name}</span>
              <span class="chosen__meta">
                {referenceRegionByCode(m.region)?.name} · {number(m.inhabitants)} inwoners · NIS {m.nis}
              </span>
              <button type="button" class="button button--secondary button--small chosen__remove" onClick={() => remove(index)}>
                Verwijder<span class="visually-hidden"> {m.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
