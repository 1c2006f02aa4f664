// The picker of /regio/ at the start of the keuzehulp: search, choose, remove. Its own chunk
// (with the search over names), loaded when the reader opens it or the link names municipalities.
import { useEffect } from 'preact/hooks';
import { ChosenMunicipalities } from '../../regio/ChosenMunicipalities';
import { MunicipalityPicker } from '../../regio/MunicipalityPicker';

interface Props {
  nis: readonly string[];
  onChoose(nis: readonly string[]): void;
  /** Put the keyboard in the search field (the reader just opened the picker). */
  focus: boolean;
}

export function RegionStart({ nis, onChoose, focus }: Props) {
  useEffect(() => {
    if (focus) document.getElementById('gemeente-zoeken')?.focus();
  }, []);
  return (
    <div class="kh-region-start">
      <MunicipalityPicker chosen={nis} onChoose={(code) => onChoose([...nis, code])} />
      <ChosenMunicipalities
        chosen={nis}
        heading="h4"
        onRemove={(code) => onChoose(nis.filter((chosen) => chosen !== code))}
        empty="Nog geen gemeenten gekozen. Je kunt ook zonder gemeenten starten."
      />
    </div>
  );
}
