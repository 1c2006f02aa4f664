// The regiodossier's content from what the overview already knows: its analysis of the answer
// sets, the keuzehulp's wording, the municipalities with their data and the costs. The .docx
// writer and the printout both read the result; nothing here decides anything new.
import { plainText } from '../../lib/keuzehulp/richText';
import { holds, levelOf, nextStep, openPoints, adviceFor } from '../../lib/keuzehulp/rules';
import { TO_DISCUSS, type Answers, type ScenarioLevel } from '../../lib/keuzehulp/spec';
import type { ConditionText, KeuzehulpModel } from '../../lib/keuzehulp/types';
import type { OverviewAnalysis } from '../../lib/samen/analyse';
import type { Costs } from '../../lib/dossier/costs';
import { costSummary, dossierCosts } from '../../lib/dossier/summary';
import type {
  AgreementStatus,
  DossierData,
  DossierMunicipality,
  DossierScenario,
  Statement,
} from '../../lib/dossier/dossier';
import { APPROVALS, COORDINATION, DOSSIER_SOURCES } from '../../lib/dossier/guideText';
import { localIsoDate } from '../../lib/dossier/dossier';

export interface DossierInput {
  model: KeuzehulpModel;
  analysis: OverviewAnalysis;
  /** Per answer set, in the link's order. */
  municipalities: DossierMunicipality[];
  regio: string;
  date: Date;
  /** The overview's own link, absolute. */
  link: string;
  /** An absolute address for a path of the guide, e.g. "voorbeelddocumenten/". */
  siteUrl: (path: string) => string;
  /** The cost lines and key from the link; the split is worked out here. */
  costs: Costs;
}

const MIDDLE = new Set([TO_DISCUSS, 'deels']);

function statusOf(condition: ConditionText, region: Answers): AgreementStatus {
  if (holds(condition, region)) return 'agreed';
  const values = condition.anyOf.map((clause) => region[clause.question]);
  if (values.every((value) => value === undefined)) return 'unanswered';
  return values.some((value) => value !== undefined && MIDDLE.has(value)) ? 'discuss' : 'not-yet';
}

const scenarioTitle = (model: KeuzehulpModel, level: ScenarioLevel) => {
  const scenario = model.scenarios.find((item) => item.id === level);
  return `Scenario ${level}: ${scenario ? scenario.name.toLowerCase() : ''}`;
};

function scenarios(input: DossierInput): DossierScenario[] {
  const { model, analysis } = input;
  const level = levelOf(analysis.scenario);
  const names = input.municipalities.map((municipality) => municipality.name);
  const agreement = (condition: ConditionText) => {
    const status = statusOf(condition, analysis.region);
    return {
      title: condition.title,
      status,
      heldBackBy:
        status === 'agreed'
          ? []
          : analysis.sets.flatMap((set, index) =>
              condition.anyOf.some((clause) => set.holdsBack.includes(clause.question)) ? [names[index]!] : [],
            ),
    };
  };
  const parts: DossierScenario[] = [];
  if (level > 0) {
    parts.push({
      title: `${scenarioTitle(model, level as ScenarioLevel)} (aanbevolen)`,
      agreements: model.conditions.filter((condition) => condition.scenario <= level).map(agreement),
    });
  }
  if (level < 3) {
    const next = (level + 1) as ScenarioLevel;
    parts.push({
      title: `${scenarioTitle(model, next)} (${level > 0 ? 'wat het daarbovenop vraagt' : 'de eerste stap'})`,
      agreements: model.conditions.filter((condition) => condition.scenario === next).map(agreement),
    });
  }
  return parts;
}

const outcomeText = (model: KeuzehulpModel, outcome: OverviewAnalysis['scenario']) => {
  const scenario = model.scenarios.find((item) => item.id === outcome);
  return scenario ? `${scenario.name} (scenario ${scenario.id})` : 'Nog geen scenario';
};

function nextSteps(input: DossierInput): Statement[] {
  const { model, analysis } = input;
  const open = openPoints(analysis.region, model.conditions);
  const next = nextStep(analysis.region, model.conditions);
  const checks = open.length > 0 ? open : (next?.missing ?? []);
  return [
    ...checks.map((check) => ({
      text: `${check.condition.title}: ${plainText(check.condition.todo)}`,
      origin: 'gids' as const,
    })),
    {
      text: 'Laat elke gemeente dit ontwerp nakijken door haar eigen diensten, en vul samen de kolom ‘Besluit van de regio’ in.',
      origin: 'gids',
    },
    {
      text: 'Leg daarna de documenten hieronder voor aan het college en de gemeenteraad van elke gemeente.',
      origin: 'gids',
    },
  ];
}

function coordination(input: DossierInput): Statement[] {
  const level = levelOf(input.analysis.scenario);
  const shown = level === 0 ? 1 : level;
  const coordinator = input.analysis.region.coordinator;
  const answer = {
    geen: 'geen coördinator',
    deeltijds: 'een deeltijdse coördinator',
    voltijds: 'een voltijdse coördinator',
  };
  return [
    ...COORDINATION.scenario[shown as ScenarioLevel],
    ...COORDINATION.always,
    {
      text: coordinator
        ? `Samen kunnen de gemeenten voor ${answer[coordinator]} zorgen (het laagste antwoord telt).`
        : 'Nog niet elke gemeente heeft gezegd voor hoeveel coördinatie ze kan zorgen.',
      origin: 'regio',
    },
  ];
}

/** The dossier's content for this overview. */
export function dossierData(input: DossierInput): DossierData {
  const { model, analysis } = input;
  const level = levelOf(analysis.scenario);
  const names = input.municipalities.map((municipality) => municipality.name);
  const short = new Map(model.questions.map((question) => [question.id, question.short.toLowerCase()]));
  const advice = adviceFor(analysis.scenario, analysis.region).flatMap((id) =>
    model.advice.filter((item) => item.id === id),
  );
  return {
    region: input.regio || 'Onze regio',
    date: localIsoDate(input.date),
    link: input.link,
    municipalities: input.municipalities,
    advice: {
      scenario: outcomeText(model, analysis.scenario),
      withinReach: outcomeText(model, analysis.withinReach),
      provisional: !analysis.complete,
      waiting: analysis.sets.flatMap((set, index) =>
        set.unanswered.length === 0
          ? []
          : [
              `${names[index]!}: ${set.unanswered.length === 12 ? 'nog niets ingevuld' : `nog ${set.unanswered.length === 1 ? '1 vraag' : `${set.unanswered.length} vragen`} (${set.unanswered.map((id) => short.get(id) ?? id).join(', ')})`}.`,
            ],
      ),
      statements: advice.map((item) => ({
        text: `${item.title}. ${plainText(item.text)}`,
        origin: 'gids',
        source: item.sources.map((source) => source.title).join('; ') || undefined,
      })),
    },
    scenarios: scenarios(input),
    coordination: coordination(input),
    costs: input.costs.lines.length > 0 ? dossierCosts(costSummary(input.costs, input.municipalities)) : undefined,
    nextSteps: nextSteps(input),
    approvals: [...APPROVALS.always, ...APPROVALS.scenario[(level === 0 ? 1 : level) as ScenarioLevel]],
    sources: DOSSIER_SOURCES.map((source) => ({
      title: source.title,
      url: source.url ?? input.siteUrl(source.path ?? ''),
    })),
  };
}
