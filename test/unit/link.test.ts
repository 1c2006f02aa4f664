// The one model of a link (src/lib/link/): every parameter through one parse and one write, the
// limits stated once, one vocabulary of problems with exact counts, one municipality one set,
// pasting that merges, and the links made before this model (test/fixtures/old-links.json).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDecision } from '../../src/lib/content/readFiles';
import { withRegionAnswers } from '../../src/lib/keuzehulp/regionAnswers';
import { QUESTION_IDS, QUESTION_VALUES, type Answers } from '../../src/lib/keuzehulp/spec';
import { LABEL_MAX, MAX_SETS, TEXT_MAX } from '../../src/lib/link/limits';
import { keuzehulpQuery, overviewQuery, parseLink, writeLink, type AnswerSet } from '../../src/lib/link/link';
import { identityOf, nameOfLabel } from '../../src/lib/link/municipality';
import { pasteLinks } from '../../src/lib/link/paste';
import { cleanText } from '../../src/lib/link/text';
import { closestNames, municipalityNamed } from '../../src/lib/regio';
import { specRecommendation } from '../support/decisionOracle';

const ALL = 'jjjjjjjjvjfj';

describe('the keuzehulp’s parameters', () => {
  it('reads every known answer, with or without "?", and ignores unknown parameters', () => {
    expect(parseLink('?aanbod=ja&coordinator=deeltijds&utm_source=mail').answers).toEqual({
      aanbod: 'ja',
      coordinator: 'deeltijds',
    });
    expect(parseLink('utm_source=mail').problems).toEqual([]);
  });

  it('names a known id with an unknown value, leaves it unanswered, accepts case and spaces, takes the first of repeats', () => {
    const parsed = parseLink('aanbod=misschien&voordelen=%20JA%20&coordinator=ja&voordelen=nee');
    expect(parsed.answers).toEqual({ voordelen: 'ja' });
    expect(parsed.problems).toEqual([
      { kind: 'answer', question: 'aanbod' },
      { kind: 'answer', question: 'coordinator' },
    ]);
  });

  it('keeps regio and door as one line of text, at most 80 characters, and says so', () => {
    const parsed = parseLink(`regio=${'é'.repeat(100)}&door=%3Cb%3EJan%3C%2Fb%3E`);
    expect(Array.from(parsed.regio)).toHaveLength(TEXT_MAX);
    expect(parsed.door).toBe('<b>Jan</b>');
    expect(parsed.problems).toEqual([{ kind: 'text-length', field: 'regio' }]);
  });

  it('reads the whole link: answers after a 10,000-character regio or 5,000 unknown parameters are kept', () => {
    const answers = QUESTION_IDS.map((id) => `${id}=${QUESTION_VALUES[id][0]}`).join('&');
    expect(Object.keys(parseLink(`regio=${'a'.repeat(10_000)}&${answers}`).answers)).toHaveLength(12);
    const noise = Array.from({ length: 5000 }, (_, i) => `x${i}=1`).join('&');
    expect(Object.keys(parseLink(`${noise}&${answers}`).answers)).toHaveLength(12);
  });

  it('removes bidi overrides and invisible characters from text, so nothing reverses or looks alike', () => {
    expect(cleanText('\u202eGent\u200b\u2066x\u2069')).toBe('Gentx');
    expect(cleanText('🏳️\u200d🌈 a\u200db')).toBe('🏳️\u200d🌈 ab');
    expect(parseLink('door=%E2%80%AEJan%00Peeters').door).toBe('Jan Peeters');
    expect(identityOf('Gent', 1)).toBe(identityOf('Gent\u200b', 2));
  });

  it('never throws, on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        const parsed = parseLink(query);
        for (const [id, value] of Object.entries(parsed.answers))
          expect(QUESTION_VALUES[id as keyof typeof QUESTION_VALUES]).toContain(value);
      }),
    );
    expect(() => parseLink('%E0%A4%A&aanbod=%ZZ')).not.toThrow();
    expect(parseLink(null).answers).toEqual({});
  });
});

describe('gemeenten', () => {
  it('reads comma-separated and repeated values, sorted and each once', () => {
    expect(parseLink('gemeenten=13040,13031&gemeenten=13037&gemeenten=13031').gemeenten).toEqual([
      '13031',
      '13037',
      '13040',
    ]);
  });

  it('keeps valid codes after 400 invalid ones, and summarises the invalid ones with their exact count', () => {
    const invalid = Array.from({ length: 400 }, (_, i) => String(90000 + i));
    const parsed = parseLink(`gemeenten=${[...invalid, '13016', '13049'].join(',')}`);
    expect(parsed.gemeenten).toEqual(['13016', '13049']);
    expect(parsed.problems).toEqual([{ kind: 'unknown-codes', values: invalid }]);
  });

  it('does not cut a long value: 11002 five hundred times is one valid code and no problem', () => {
    const parsed = parseLink(`gemeenten=${Array(500).fill('11002').join(',')}`);
    expect(parsed.gemeenten).toEqual(['11002']);
    expect(parsed.problems).toEqual([]);
  });

  it('takes a pre-2025 code as today’s municipality and says so; leaves Brussels out', () => {
    const parsed = parseLink('gemeenten=46013,21004');
    expect(parsed.gemeenten).toEqual(['46030']);
    expect(parsed.problems).toEqual([
      { kind: 'old-code', value: '46013', oldName: 'Kruibeke', nis: '46030', name: 'Beveren-Kruibeke-Zwijndrecht' },
      { kind: 'brussels', values: ['21004'] },
    ]);
  });
});

describe('answer sets (g)', () => {
  it('reads the spec example: regio and two sets in order', () => {
    const parsed = parseLink('regio=Regio%20Voorkempen&g=11009~jjjjjjjbtngj&g=11057~jjjjjjjjtngj');
    expect(parsed.regio).toBe('Regio Voorkempen');
    expect(parsed.sets.map((set) => set.label)).toEqual(['11009', '11057']);
    expect(parsed.sets[0]!.answers).toMatchObject({ groepsaankopen: 'ja', doelgroepenwerking: 'bespreken' });
  });

  it('takes the label up to the last ~, names a malformed set and an unreadable code, keeps the rest', () => {
    const parsed = parseLink('g=a~b~jjjjjjjjvjfj&g=Mol~jjj&g=Geel&g=Dessel~xjjjjjjjvjfj');
    expect(parsed.sets.map((set) => set.label)).toEqual(['a~b', 'Dessel']);
    expect(parsed.sets[1]!.answers.aanbod).toBeUndefined();
    expect(parsed.problems).toEqual([
      { kind: 'malformed-set', position: 2, value: 'Mol~jjj' },
      { kind: 'malformed-set', position: 3, value: 'Geel' },
      { kind: 'answer', question: 'aanbod', set: 1 },
    ]);
  });

  it('reads codes in capitals as the same codes', () => {
    expect(parseLink('g=A~JJJJJJJJVJFJ').sets[0]!.answers).toEqual(parseLink(`g=A~${ALL}`).sets[0]!.answers);
  });

  it('keeps at most 50 municipalities and says exactly how many of how many it left out', () => {
    const query = Array.from({ length: 60 }, (_, i) => `g=Gemeente ${i}~${ALL}`).join('&');
    const parsed = parseLink(query);
    expect(parsed.sets).toHaveLength(MAX_SETS);
    expect(parsed.problems).toEqual([{ kind: 'too-many-sets', given: 60, dropped: 10 }]);
  });

  it('one municipality is one set: a name and its code, an old code and today’s, merge (answers given win, the later one where both answered)', () => {
    const parsed = parseLink('g=Eeklo~j-----------&g=43005~nb----------&g=46013~j-----------&g=46030~-j----------');
    expect(parsed.sets.map((set) => set.label)).toEqual(['Eeklo', '46013']);
    expect(parsed.sets[0]!.answers).toEqual({ aanbod: 'nee', voordelen: 'bespreken' });
    expect(parsed.sets[1]!.answers).toEqual({ aanbod: 'ja', voordelen: 'ja' });
    expect(parsed.problems).toEqual([
      { kind: 'merged', label: '43005', set: 0 },
      { kind: 'old-code', value: '46013', oldName: 'Kruibeke', nis: '46030', name: 'Beveren-Kruibeke-Zwijndrecht' },
      { kind: 'merged', label: '46030', set: 1 },
    ]);
    expect(nameOfLabel('46013')).toBe('Beveren-Kruibeke-Zwijndrecht');
  });

  it('names a label longer than 60 characters, keeps it whole', () => {
    const label = 'x'.repeat(LABEL_MAX + 5);
    const parsed = parseLink(`g=${label}~${ALL}`);
    expect(parsed.sets[0]!.label).toBe(label);
    expect(parsed.problems).toEqual([{ kind: 'label-length', set: 0 }]);
  });
});

describe('one write', () => {
  const answersArb = fc.record(
    Object.fromEntries(QUESTION_IDS.map((id) => [id, fc.constantFrom(...QUESTION_VALUES[id])])),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Answers>;
  const textArb = fc.string({ maxLength: 40 }).map((text) => cleanText(text));

  it('writes the keuzehulp’s answers in question order, then regio, door, gemeenten and the way back last; `~` and `,` readable', () => {
    expect(
      keuzehulpQuery({
        answers: { voordelen: 'ja', aanbod: 'nee' },
        regio: 'A B',
        gemeenten: ['13031', '13016'],
        terug: 'g=X~' + ALL,
      }),
    ).toBe(`aanbod=nee&voordelen=ja&regio=A+B&gemeenten=13016,13031&terug=g%3DX~${ALL}`);
    expect(overviewQuery({ regio: '', sets: [{ label: 'Lier', answers: { aanbod: 'ja' } }] })).toBe(
      'g=Lier~j-----------',
    );
    expect(writeLink({})).toBe('');
  });

  it('round-trips any state: parse(write(state)) gives it back', () => {
    fc.assert(
      fc.property(
        answersArb,
        textArb,
        textArb,
        fc.array(fc.record({ n: fc.nat(), answers: answersArb }), { maxLength: 5 }),
        (answers, regio, door, raw) => {
          const sets: AnswerSet[] = raw.map(({ answers: set }, i) => ({
            label: `Vereniging ${i} ${regio}`.trim(),
            answers: set,
          }));
          const parsed = parseLink(writeLink({ answers, regio, door, sets }));
          expect(parsed.answers).toEqual(answers);
          expect(parsed.regio).toBe(regio);
          expect(parsed.door).toBe(door);
          expect(parsed.sets).toEqual(sets);
        },
      ),
    );
  });
});

describe('pasting links into an overview', () => {
  const existing: AnswerSet[] = [
    { label: '43005', answers: { aanbod: 'ja' } },
    { label: '43010', answers: {} },
  ];
  const site = 'https://gids.example/keuzehulp/';

  it('pasting the overview’s own link changes nothing, and says so', () => {
    const own = `${site}samen/?${overviewQuery({ regio: 'Meetjesland', sets: existing })}`;
    const { sets, report } = pasteLinks(existing, `Zie ${own}.`);
    expect(sets).toEqual(existing);
    expect(report).toMatchObject({ links: 1, added: [], updated: [], unchanged: ['43005', '43010'] });
  });

  it('an overview whose other sets are empty never empties answers given', () => {
    const back = `${site}samen/?${overviewQuery({
      regio: '',
      sets: [
        { label: '43005', answers: {} },
        { label: '43010', answers: { aanbod: 'nee' } },
      ],
    })}`;
    const { sets, report } = pasteLinks(existing, back);
    expect(sets[0]!.answers).toEqual({ aanbod: 'ja' });
    expect(sets[1]!.answers).toEqual({ aanbod: 'nee' });
    expect(report).toMatchObject({ updated: ['43010'], unchanged: ['43005'] });
  });

  it('a typed name and a pasted code are one municipality', () => {
    const typed: AnswerSet[] = [{ label: 'Eeklo', answers: {} }];
    const link = `${site}?${keuzehulpQuery({ answers: { aanbod: 'ja' }, door: '43005', gemeenten: ['43005'] })}`;
    const { sets, report } = pasteLinks(typed, link);
    expect(sets).toEqual([{ label: 'Eeklo', answers: { aanbod: 'ja', referentieregio: 'ja' } }]);
    expect(report.updated).toEqual(['Eeklo']);
  });

  it('60 sets pasted onto 2: exact counts of added and left out, malformed sets and unreadable answers named', () => {
    const many = Array.from({ length: 60 }, (_, i) => `g=Gemeente%20${i}~${ALL}`).join('&');
    const { sets, report } = pasteLinks(existing, `${site}samen/?${many}&g=Mol~jjj`);
    expect(sets).toHaveLength(MAX_SETS);
    expect(report.added).toHaveLength(48);
    expect(report.problems).toEqual([
      { link: 1, problem: { kind: 'malformed-set', position: 61, value: 'Mol~jjj' } },
      { link: 1, problem: { kind: 'too-many-sets', given: 60, dropped: 10 } },
    ]);
    // 48 fit beside the 2 there were; 2 more did not; the link's own 10 beyond 50 are in its problem.
    expect(report.dropped).toEqual(['Gemeente 48', 'Gemeente 49']);
    const more = pasteLinks(sets, `${site}?aanbod=ja&door=Extra ${site}?aanbod=misschien&door=Andere`);
    expect(more.report.dropped).toEqual(['Extra', 'Andere']);
    expect(more.report.problems).toEqual([
      { link: 2, label: 'Andere', problem: { kind: 'answer', question: 'aanbod' } },
    ]);
  });

  it('two links for the same new municipality add one', () => {
    const { report } = pasteLinks(existing, `${site}?aanbod=ja&door=Lier ${site}?voordelen=ja&door=Lier`);
    expect(report.added).toEqual(['Lier']);
  });
});

describe('typed names', () => {
  it('knows today’s names, pre-2025 names and "St-" for "Sint-", ignoring case, accents and hyphens', () => {
    expect(municipalityNamed('eeklo')?.nis).toBe('43005');
    expect(municipalityNamed('St-Laureins')?.nis).toBe(municipalityNamed('Sint-Laureins')?.nis);
    expect(municipalityNamed('Kruibeke')?.nis).toBe('46030');
    expect(municipalityNamed('Maldegm')).toBeUndefined();
  });
  it('offers the closest known names for an unknown one', () => {
    expect(closestNames('Maldegm').map((suggestion) => suggestion.name)).toContain('Maldegem');
  });
});

interface OldLinks {
  keuzehulp: {
    link: string;
    answers: Answers;
    regio: string;
    door: string;
    gemeenten: string[];
    scenario?: string;
    withinReach?: string;
  }[];
  overview: { link: string; regio: string; sets: AnswerSet[] }[];
}

describe('links made before this model (test/fixtures/old-links.json)', () => {
  const old = JSON.parse(readFileSync('test/fixtures/old-links.json', 'utf8')) as OldLinks;
  const decision = readDecision();

  it.each(old.keuzehulp.map((item) => [item.link, item]))(
    'keuzehulp %s opens to the same answers and result',
    (_, item) => {
      const parsed = parseLink(item.link.slice(item.link.indexOf('?')));
      const answers = withRegionAnswers(parsed.answers, parsed.gemeenten);
      expect(answers).toEqual(item.answers);
      expect([parsed.regio, parsed.door, parsed.gemeenten]).toEqual([item.regio, item.door, item.gemeenten]);
      if (item.scenario) {
        expect(String(decision.recommendScenario(answers))).toBe(item.scenario);
        expect(String(specRecommendation(answers) || 'geen')).toBe(item.scenario);
        expect(String(decision.withinReachScenario(answers))).toBe(item.withinReach);
      }
    },
  );

  it.each(old.overview.map((item) => [item.link, item]))('overview %s opens to the same sets', (_, item) => {
    const parsed = parseLink(item.link.slice(item.link.indexOf('?')));
    const sets = parsed.antwoord ? pasteLinks(parsed.sets, `/keuzehulp/?${parsed.antwoord}`).sets : parsed.sets;
    expect(parsed.regio).toBe(item.regio);
    expect(sets).toEqual(item.sets);
  });
});
