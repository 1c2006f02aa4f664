// The region page's picker and chosen list, in the overview's start form (under its h2).
import { ChosenMunicipalities } from '../regio/ChosenMunicipalities';
import { MunicipalityPicker } from '../regio/MunicipalityPicker';

interface Props {
  chosen: readonly string[];
  onChange(chosen: string[]): void;
}

export default function PickMunicipalities({ chosen, onChange }: Props) {
  return (
    <div class="sb-picker">
      <MunicipalityPicker chosen={chosen} onChoose={(nis) => onChange([...chosen, nis])} />
      <ChosenMunicipalities
        chosen={chosen}
        heading="h3"
        onRemove={(nis) => onChange(chosen.filter((code) => code !== nis))}
      />
    </div>
  );
}
