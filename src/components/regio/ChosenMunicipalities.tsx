// The chosen municipalities as a list, each with its reference region, inhabitants and (when
// they can be changed here) a remove button. On /regio/ and in the keuzehulp (start and result).
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { byName, municipalityByNis, referenceRegionByCode, type Municipality } from '../../lib/regio/data';

interface Props {
  chosen: readonly string[];
  /** Without it the list is read-only (the keuzehulp's result). */
  onRemove?: (nis: string) => void;
  /** Heading level where the list sits in the page's outline. */
  heading?: 'h2' | 'h3' | 'h4';
  /** What to say while nothing is chosen. */
  empty?: ComponentChildren;
}

const number = (value: number) => value.toLocaleString('nl-BE');

export function ChosenMunicipalities({ chosen, onRemove, heading: Heading = 'h2', empty }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const municipalities = chosen
    .map((nis) => municipalityByNis(nis))
    .filter((m): m is Municipality => !!m)
    .sort(byName);

  function remove(index: number) {
    onRemove?.(municipalities[index].nis);
    // Keep the keyboard where it was: the next remove button, or the search field.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll('button');
      const next = buttons?.[Math.min(index, buttons.length - 1)] ?? document.getElementById('gemeente-zoeken');
      next?.focus();
    });
  }

  return (
    <section class="chosen" aria-labelledby="gekozen-titel">
      <Heading id="gekozen-titel">
        Gekozen gemeenten{municipalities.length > 0 ? ` (${municipalities.length})` : ''}
      </Heading>
      {municipalities.length === 0 ? (
        <p class="chosen__empty">
          {empty ?? 'Nog geen gemeenten gekozen. Zoek ze hierboven of klik ze aan op de kaart.'}
        </p>
      ) : (
        <ul class="chosen__list" ref={list}>
          {municipalities.map((m, index) => (
            <li key={m.nis} class="chosen__item" data-nis={m.nis}>
              <span class="chosen__name">{m.name}</span>
              <span class="chosen__meta">
                {referenceRegionByCode(m.region)?.name} · {number(m.inhabitants)} inwoners · NIS {m.nis}
              </span>
              {onRemove && (
                <button
                  type="button"
                  class="button button--secondary button--small chosen__remove"
                  onClick={() => remove(index)}
                >
                  Verwijder<span class="visually-hidden"> {m.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
