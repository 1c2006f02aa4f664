// Synthetic but realistic Dutch guide pages for the scale benchmark: regional pages and
// FAQ-like pages with varied vocabulary (compounds, place names, numbers), headings, lists,
// internal links and sources, valid against src/lib/schemas.ts `guidePage`.
// A seeded PRNG makes every run produce the same pages.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GEMEENTEN = `Aalst Aalter Aarschot Affligem Alken Alveringem Antwerpen Anzegem Ardooie Arendonk As Asse Assenede Avelgem
Baarle-Hertog Balen Beernem Beerse Beersel Begijnendijk Bekkevoort Beringen Berlaar Berlare Bertem Bever Beveren Bierbeek
Bilzen Blankenberge Bocholt Boechout Bonheiden Boom Boortmeerbeek Borgloon Bornem Boutersem Brakel Brasschaat Brecht
Bredene Bree Brugge Buggenhout Damme De-Haan De-Panne De-Pinte Deerlijk Deinze Denderleeuw Dendermonde Dentergem Dessel
Destelbergen Diepenbeek Diest Diksmuide Dilbeek Dilsen-Stokkem Drogenbos Duffel Edegem Eeklo Erpe-Mere Essen Evergem
Galmaarden Gavere Geel Geetbets Genk Gent Geraardsbergen Gingelom Gistel Glabbeek Grimbergen Grobbendonk Haacht Haaltert
Halen Halle Hamme Hamont-Achel Harelbeke Hasselt Hechtel-Eksel Heers Heist-op-den-Berg Hemiksem Herent Herentals Herenthout
Herk-de-Stad Herne Herselt Herzele Heusden-Zolder Heuvelland Hoeilaart Hoogstraten Houthalen-Helchteren Houthulst Hove
Huldenberg Hulshout Ichtegem Ieper Ingelmunster Izegem Jabbeke Kalmthout Kampenhout Kapelle-op-den-Bos Kapellen Kaprijke
Kasterlee Keerbergen Kinrooi Knokke-Heist Koekelare Koksijde Kontich Kortemark Kortenaken Kortenberg Kortessem Kortrijk
Kraainem Kruibeke Kruisem Kuurne Laakdal Laarne Lanaken Landen Langemark-Poelkapelle Lebbeke Lede Ledegem Lendelede Lennik
Leopoldsburg Leuven Lichtervelde Liedekerke Lier Lierde Lille Linkebeek Lint Linter Lochristi Lokeren Lommel Londerzeel
Lubbeek Lummen Maarkedal Maaseik Maasmechelen Machelen Maldegem Malle Mechelen Meerhout Meise Melle Menen Merchtem
Merelbeke Merksplas Mesen Meulebeke Middelkerke Moerbeke Mol Moorslede Mortsel Nazareth Niel Nieuwerkerken Nieuwpoort
Nijlen Ninove Olen Oostende Oosterzele Oostkamp Oostrozebeke Opwijk Oudenaarde Oudenburg Oud-Heverlee Oud-Turnhout
Overijse Peer Pittem Poperinge Putte Puurs-Sint-Amands Ranst Ravels Retie Riemst Rijkevorsel Roeselare Ronse Roosdaal
Rotselaar Ruiselede Rumst Schelle Scherpenheuvel-Zichem Schilde Schoten Sint-Genesius-Rode Sint-Gillis-Waas
Sint-Katelijne-Waver Sint-Laureins Sint-Lievens-Houtem Sint-Martens-Latem Sint-Niklaas Sint-Pieters-Leeuw Sint-Truiden
Spiere-Helkijn Stabroek Staden Steenokkerzeel Stekene Temse Ternat Tervuren Tessenderlo Tielt Tielt-Winge Tienen Tongeren
Torhout Tremelo Turnhout Veurne Vilvoorde Vleteren Voeren Vorselaar Vosselaar Waasmunster Wachtebeke Waregem Wellen
Wemmel Wervik Westerlo Wetteren Wevelgem Wezembeek-Oppem Wichelen Wielsbeke Wijnegem Willebroek Wingene Wommelgem
Wortegem-Petegem Wuustwezel Zandhoven Zaventem Zedelgem Zele Zelzate Zemst Zoersel Zonhoven Zonnebeke Zottegem
Zoutleeuw Zuienkerke Zulte Zwalm Zwevegem Zwijndrecht`
  .split(/\s+/)
  .map((name) => name.replace(/-(?=[A-Z]|op|den|de)/g, (dash) => dash))
  .map((name) => name.replace(/^(De|Oud)-(?=[A-Z])/, '$1 '));

const PREFIXES = `vrijetijds cultuur sport jeugd welzijns armoede participatie regio gemeente bibliotheek zwembad
kansen school buurt vereniging speelplein museum academie senioren gezins onthaal balie pas voordeel communicatie
begrotings subsidie netwerk samenwerkings toeleidings evaluatie overleg opvolgings kwaliteits toegankelijkheids`.split(/\s+/);

const HEADS = `aanbod loket werking beleid kalender budget plan raad team overleg kaart ticket tarief korting formule
partner organisator medewerker coördinator netwerk project traject moment dienst centrum kamp activiteit initiatief
campagne folder brief verslag cijfer evaluatie reglement afspraak verdeling bijdrage premie regeling procedure
aanvraag registratie balie systeem rapport overzicht doelgroep`.split(/\s+/);

const NOUNS = `gemeente regio pashouder organisator vereniging bibliotheek sportdienst cultuurdienst jeugddienst
welzijnsorganisatie OCMW-dienst schepen burgemeester gemeenteraad college ambtenaar coördinator trekker werkgroep
stuurgroep begroting verdeelsleutel kostendeling korting kansentarief voordeel inwoner gezin kind jongere senior
vrijwilliger partner activiteit voorstelling cursus kamp speelplein zwembad museum academie cultuurcentrum
jeugdhuis dienstencentrum buurtwerk armoedeorganisatie toeleider medewerker balie kassa rapportage evaluatie
doelstelling afspraak overeenkomst convenant intentieverklaring vergadering agenda verslag planning termijn
communicatie nieuwsbrief website affiche campagne aanbod programma seizoen schooljaar zomer najaar voorjaar
winter feestdag subsidie bijdrage factuur afrekening inkomen statuut tegemoetkoming drempel bereik deelname
participatie toegankelijkheid mobiliteit vervoer bus fiets afstand deelgemeente wijk dorp stad omgeving`.split(/\s+/);

const ADJECTIVES = `regionale lokale gezamenlijke duidelijke eenvoudige haalbare betaalbare toegankelijke heldere
nieuwe bestaande jaarlijkse maandelijkse vaste flexibele kleine grote landelijke stedelijke solidaire gelijke
eerlijke realistische concrete formele informele praktische ruime beperkte bredere sterke actieve betrokken
geschikte voorlopige definitieve gedeelde aparte extra tijdelijke structurele inhoudelijke financiële
administratieve overzichtelijke vlotte zorgvuldige`.split(/\s+/);

const VERBS_SG = `bepaalt bespreekt regelt organiseert verdeelt betaalt ondersteunt versterkt verlaagt verhoogt
volgt coördineert bereikt begeleidt informeert evalueert plant kiest legt vast zoekt deelt registreert
controleert verwerkt bundelt opent verruimt verkleint`.split(/\s+/);
const VERBS_PL = `bepalen bespreken regelen organiseren verdelen betalen ondersteunen versterken verlagen verhogen
volgen coördineren bereiken begeleiden informeren evalueren plannen kiezen zoeken delen registreren
controleren verwerken bundelen openen verruimen`.split(/\s+/);
const ADVERBS = `samen vooraf jaarlijks geregeld meteen uiteindelijk vaak soms zelden snel stap voor stap
ook nog altijd eerst daarna bovendien daarom tegelijk opnieuw`.split(/\s+/);
const PREPOSITIONS = `voor met binnen tussen over in bij na tijdens zonder volgens rond tegen`.split(/\s+/);

const QUESTIONS = [
  'Wie betaalt de korting voor {noun}?',
  'Hoe verdelen {plac} en {plac} de kosten?',
  'Wat gebeurt er met {adj} {noun} na een jaar?',
  'Moet elke {noun} meedoen?',
  'Hoeveel tijd vraagt de {compound}?',
  'Kan een {noun} later nog instappen?',
  'Waar vind je de {adj} {compound}?',
  'Wanneer evalueert de regio de {compound}?',
];

export interface SyntheticPage {
  file: string;
  source: string;
}

interface Context {
  rand: () => number;
  pick<T>(list: readonly T[]): T;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Two-part compounds, and now and then a three-part one: Dutch vocabulary keeps growing with the text. */
function compound(c: Context): string {
  const first = c.pick(PREFIXES);
  const middle = c.rand() < 0.15 ? c.pick(PREFIXES).replace(/s$/, '') : '';
  return first + middle + c.pick(HEADS);
}

const PREDICATES = `duidelijk eenvoudig haalbaar betaalbaar toegankelijk helder flexibel eerlijk realistisch concreet
praktisch overzichtelijk vlot zorgvuldig sterk beperkt ruim solidair`.split(/\s+/);

function fill(template: string, c: Context): string {
  return template
    .replace(/\{noun\}/g, () => c.pick(NOUNS))
    .replace(/\{adj\}/g, () => c.pick(ADJECTIVES))
    .replace(/\{padj\}/g, () => c.pick(PREDICATES))
    .replace(/\{plac\}/g, () => c.pick(GEMEENTEN))
    .replace(/\{compound\}/g, () => compound(c))
    .replace(/\{vsg\}/g, () => c.pick(VERBS_SG))
    .replace(/\{vpl\}/g, () => c.pick(VERBS_PL))
    .replace(/\{adv\}/g, () => c.pick(ADVERBS))
    .replace(/\{prep\}/g, () => c.pick(PREPOSITIONS))
    .replace(/\{num\}/g, () => String(2 + Math.floor(c.rand() * 60)))
    .replace(/\{year\}/g, () => String(2024 + Math.floor(c.rand() * 6)));
}

const SENTENCES = [
  'De {noun} {vsg} {adv} de {adj} {compound} {prep} de {noun}.',
  '{plac} en {plac} {vpl} {adv} hoe de {compound} werkt.',
  'Een {adj} {noun} helpt om de {compound} {padj} te houden.',
  'In {year} {vpl} {num} gemeenten hun {compound} {prep} een {adj} {noun}.',
  'Wie een {compound} heeft, krijgt {prep} de {noun} een {adj} {compound}.',
  'Zo {vsg} de {noun} {adv} welke {compound} {padj} blijft.',
  'Ongeveer {num} procent van de pashouders in {plac} gebruikt de {compound}.',
  'De regio {vsg} de {compound} en legt de afspraken vast in een {adj} {noun}.',
  'Spreek {adv} af wie de {compound} {vsg} en wie de {noun} informeert.',
  'Voor {plac} was de {adj} {compound} een belangrijke stap naar meer {noun}.',
  'Houd er rekening mee dat de {compound} {prep} de {noun} {padj} moet zijn.',
  'Een {noun} uit {plac} vertelt dat de {compound} {adv} goed werkt.',
];

function sentence(c: Context): string {
  return capitalise(fill(c.pick(SENTENCES), c));
}

function paragraph(c: Context, count: number): string {
  return Array.from({ length: count }, () => sentence(c)).join(' ');
}

const KINDS = ['achtergrond', 'vragen', 'stappen'] as const;
const REAL_LINKS = ['/', '/basis/'];

/**
 * Generates `count` pages. `firstOrder` must be higher than every real page's order so
 * orders stay unique; `links` are root-relative paths of real pages to link to.
 */
export function generatePages(count: number, seed: number, firstOrder: number, links: readonly string[] = REAL_LINKS): SyntheticPage[] {
  const rand = mulberry32(seed);
  const c: Context = { rand, pick: (list) => list[Math.floor(rand() * list.length)]! };
  const pages: SyntheticPage[] = [];
  const slugs: string[] = [];
  for (let index = 0; index < count; index++) {
    const place = c.pick(GEMEENTEN);
    const topic = compound(c);
    const kind = KINDS[index % KINDS.length]!;
    const slug = `regio-${place.toLowerCase().replace(/[^a-z]+/g, '-')}-${topic}-${index + 1}`;
    slugs.push(slug);
    const title =
      kind === 'vragen'
        ? `Vragen over de ${topic} in ${place}`
        : kind === 'stappen'
          ? `In ${place}: zo regel je de ${topic}`
          : `${capitalise(topic)} in de regio rond ${place}`;
    let description = `Hoe ${place} en de buurgemeenten de ${topic} regelen: ${fill('{adj} afspraken over {noun}, {noun} en de {compound}', c)}.`;
    if (description.length > 160) description = `${description.slice(0, 156).replace(/\s+\S*$/, '')} …`;
    while (description.length < 50) description += ' Lees hoe het werkt.';
    const keywords = [topic, place.toLowerCase(), compound(c)];
    const sources = Array.from({ length: Math.floor(rand() * 3) }, (_, n) => ({
      title: `${capitalise(fill('{adj} {compound}', c))} (${place})`,
      url: `https://www.${place.toLowerCase().replace(/[^a-z]+/g, '')}.be/vrije-tijd/${topic}-${n + 1}`,
    }));
    const lines: string[] = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `description: ${JSON.stringify(description)}`,
      `updated: 2026-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
      `order: ${firstOrder + index}`,
      `kind: ${kind}`,
      `keywords: ${JSON.stringify(keywords)}`,
      `sources: ${JSON.stringify(sources)}`,
      '---',
      '',
      paragraph(c, 3 + Math.floor(rand() * 3)),
      '',
    ];
    const sections = 3 + Math.floor(rand() * 4);
    for (let section = 0; section < sections; section++) {
      const heading = kind === 'vragen' ? fill(c.pick(QUESTIONS), c) : capitalise(fill(c.pick(['De {compound}', '{adj} {compound} in {plac}', 'Afspraken over de {compound}', 'Wat de {noun} doet']), c));
      lines.push(`## ${capitalise(heading)}`, '');
      const paragraphs = 1 + Math.floor(rand() * 3);
      for (let p = 0; p < paragraphs; p++) lines.push(paragraph(c, 2 + Math.floor(rand() * 5)), '');
      if (rand() < 0.4) {
        for (let item = 0; item < 3 + Math.floor(rand() * 3); item++) lines.push(`- ${capitalise(fill('{adj} {compound} voor de {noun}', c))}`);
        lines.push('');
      }
      if (rand() < 0.5) {
        const target = rand() < 0.5 || slugs.length < 2 ? c.pick(links) : `/synthetisch/${c.pick(slugs.slice(0, -1))}/`;
        lines.push(`Lees ook [${fill('meer over de {compound}', c)}](${target}).`, '');
      }
    }
    pages.push({ file: `synthetisch/${slug}.mdx`, source: lines.join('\n') });
  }
  return pages;
}
