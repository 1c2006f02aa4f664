// Aandachtspunten: each with its text and the source it comes from.
import type { AdviceText } from '../../lib/keuzehulp/types';
import { Rich } from './Rich';

export function AdviceList({ advice }: { advice: AdviceText[] }) {
  if (advice.length === 0) return null;
  return (
    <section class="kh-section" aria-labelledby="kh-aandacht">
      <h3 id="kh-aandacht">Aandachtspunten</h3>
      <ul class="kh-advice">
        {advice.map((item) => (
          <li key={item.id}>
            <strong>{item.title}</strong>
            <br />
            <Rich text={item.text} />
            <br />
            <span class="kh-small">
              Bron:{' '}
              {item.sources.map((source, index) => (
                <span key={source.url}>
                  {index > 0 && '; '}
                  <a href={source.url}>{source.title}</a>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
