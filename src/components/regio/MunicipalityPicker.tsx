// Type a few letters, pick a municipality: the ARIA 1.2 combobox pattern with a listbox
// (aria-activedescendant; arrows, Enter, Escape; mouse too). Old names and deelgemeenten say
// what they belong to today. A status line tells screen readers what happened.
import { useMemo, useRef, useState } from 'preact/hooks';
import { municipalityByNis, type Deelgemeenten } from '../../lib/regio/data';
import { searchMunicipalities, type Suggestion } from '../../lib/regio/search';
import { loadDeelgemeenten } from './deelgemeenten';

interface Props {
  chosen: readonly string[];
  onChoose: (nis: string) => void;
}

const LIST_ID = 'gemeente-suggesties';
const optionId = (index: number) => `gemeente-suggestie-${index}`;

export function MunicipalityPicker({ chosen, onChoose }: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState('');
  const [deelgemeenten, setDeelgemeenten] = useState<Deelgemeenten>();
  const input = useRef<HTMLInputElement>(null);
  const suggestions = useMemo(() => searchMunicipalities(query, { deelgemeenten }), [query, deelgemeenten]);
  // Deelgemeente names (about 5 KB) load when the reader first comes to the field.
  const loadNames = () => {
    if (!deelgemeenten) loadDeelgemeenten().then(setDeelgemeenten, () => {});
  };
  const typed = query.trim().length >= 2;
  const expanded = open && suggestions.length > 0;

  function pick(suggestion: Suggestion) {
    const name = municipalityByNis(suggestion.nis)!.name;
    const already = chosen.includes(suggestion.nis);
    if (!already) onChoose(suggestion.nis);
    setMessage(
      already
        ? `${name} staat al in de lijst.`
        : suggestion.kind === 'gemeente'
          ? `${name} toegevoegd.`
          : `${suggestion.label}: ${name} toegevoegd.`,
    );
    setQuery('');
    setOpen(false);
    setActive(-1);
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    const count = suggestions.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!count) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive(!expanded ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (expanded && active >= 0) pick(suggestions[active]);
      else if (count === 1 || (count > 0 && suggestions[0].name.toLowerCase() === query.trim().toLowerCase()))
        pick(suggestions[0]);
      else if (typed && count > 0) {
        setOpen(true);
        setActive(0);
      } else if (typed) setMessage(`Geen gemeente gevonden voor „${query.trim()}”.`);
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  }

  return (
    <div class="picker">
      <label class="picker__label" for="gemeente-zoeken">
        Zoek een gemeente
      </label>
      <p class="picker__hint" id="gemeente-zoeken-uitleg">
        Typ minstens twee letters. Ook namen van vóór de fusies van 2025 en deelgemeenten werken. Kies met de pijltjes
        en Enter.
      </p>
      <div class="picker__field">
        <input
          ref={input}
          id="gemeente-zoeken"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={LIST_ID}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby="gemeente-zoeken-uitleg"
          value={query}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setOpen(true);
            setActive(-1);
            setMessage('');
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => {
            loadNames();
            setOpen(true);
          }}
        />
        <ul class="picker__list" id={LIST_ID} role="listbox" aria-label="Gemeenten die passen" hidden={!expanded}>
          {suggestions.map((suggestion, index) => (
            // Keyboard users choose in the input (arrows, Enter; aria-activedescendant): an option never
            // takes focus, so a key handler here would never run. The click is the pointer's way.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={suggestion.label}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              class="picker__option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(suggestion)}
            >
              {suggestion.label}
            </li>
          ))}
        </ul>
      </div>
      <p class="picker__status" role="status">
        {typed && open && suggestions.length === 0
          ? `Geen gemeente gevonden voor „${query.trim()}”. Controleer de spelling of probeer een deel van de naam.`
          : message ||
            (expanded ? `${suggestions.length} ${suggestions.length === 1 ? 'suggestie' : 'suggesties'}.` : '')}
      </p>
    </div>
  );
}
