// The cost section's Dutch wording: the key in one sentence, and what went wrong with the link's
// cost lines. Plain text only: the page renders it as text, never as HTML.
import { euro } from '../regio/costs';
import { shortened } from '../link/text';
import { listOf } from '../text';
import { COST_LABEL_MAX, COST_MAX, COST_MIN, MAX_COST_LINES, type CostKey, type CostProblem } from './costs';
import { equalPercentOf } from './split';

/** "€ 0,52": euros and cents, for a share per inhabitant. */
export const euroCents = (amount: number): string =>
  `€ ${amount.toLocaleString('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The key's name in a list of choices. */
export function keyName(key: CostKey): string {
  const equal = equalPercentOf(key);
  if (key.kind === 'inwoners') return 'naar het aantal inwoners';
  if (key.kind === 'gelijk') return 'in gelijke delen';
  return `gemengd: ${equal} % in gelijke delen, ${100 - equal} % naar inwoners`;
}

/** The key in one sentence a college understands (B1). */
export function keySentence(key: CostKey): string {
  const equal = equalPercentOf(key);
  if (equal === 0) {
    return 'Elke gemeente betaalt naar haar aantal inwoners: een gemeente met twee keer zoveel inwoners betaalt twee keer zoveel.';
  }
  if (equal === 100) return 'Elke gemeente betaalt hetzelfde bedrag, of ze nu groot of klein is.';
  if (equal === 50) {
    return 'De helft van de kosten delen de gemeenten in gelijke delen, de andere helft betaalt elke gemeente naar haar aantal inwoners.';
  }
  return `${equal} % van de kosten delen de gemeenten in gelijke delen, de andere ${100 - equal} % betaalt elke gemeente naar haar aantal inwoners.`;
}

const range = `tussen ${euro(COST_MIN)} en ${euro(COST_MAX)} per jaar`;

/** What went wrong with the link's cost lines or key, one sentence each. */
export function costProblemText(problem: CostProblem, defaultKey: CostKey): string {
  switch (problem.kind) {
    case 'line': {
      const line = `Kostenpost ${problem.position} („${shortened(problem.value, 40)}”) laten we weg:`;
      switch (problem.reason) {
        case 'separator':
          return `${line} we vinden geen bedrag. Schrijf hem als omschrijving~bedrag.`;
        case 'label-empty':
          return `${line} hij heeft geen omschrijving.`;
        case 'label-length':
          return `${line} de omschrijving is langer dan ${COST_LABEL_MAX} tekens.`;
        case 'amount-digits':
          return `${line} het bedrag is geen geheel aantal euro. Schrijf alleen cijfers, zonder punt of komma.`;
        case 'amount-range':
          return `${line} het bedrag moet ${range} liggen.`;
      }
      break;
    }
    case 'too-many-lines':
      return `Er zijn meer dan ${MAX_COST_LINES} kostenposten. We tonen de eerste ${MAX_COST_LINES} en laten er ${problem.dropped} weg.`;
    case 'key':
      return `De verdeelsleutel „${shortened(problem.value, 40)}” kennen we niet. We verdelen daarom ${keyName(defaultKey)}.`;
  }
}

/** Why no shares are shown: the key needs inhabitants that these municipalities lack. */
export function missingInhabitantsText(names: readonly string[]): string {
  return `Deze sleutel heeft het aantal inwoners nodig, en dat kennen we niet voor ${listOf(names)}. Kies ‘in gelijke delen’, of kies die gemeenten uit de lijst van Vlaamse gemeenten.`;
}

/** The amount of a valid line, for a message about a value typed in a field. */
export const amountRangeText = `Vul een bedrag in ${range}, in hele euro.`;
