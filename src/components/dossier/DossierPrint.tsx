// The regiodossier as the overview prints it: the same content as the .docx (dossierData), shown
// only on paper. The costs print from "Kosten verdelen" itself, so they are not repeated here.
// Loaded when the reader prints (see DossierSection), so the overview's first visit stays small.
import { ORIGIN_TEXT, STATUS_TEXT, type DossierData, type Statement } from '../../lib/dossier/dossier';
import { dossierData, type DossierInput } from './dossierData';

const number = (value: number) => value.toLocaleString('nl-BE');

const StatementItem = ({ statement }: { statement: Statement }) => (
  <li>
    <strong>
      {statement.origin === 'publiq' && statement.source
        ? `publiq (${statement.source})`
        : ORIGIN_TEXT[statement.origin] + (statement.source ? ` (bron: ${statement.source})` : '')}
      :
    </strong>{' '}
    {statement.text}
  </li>
);

function Dossier({ data }: { data: DossierData }) {
  return (
    <section class="dp" aria-labelledby="dp-kop">
      <h2 id="dp-kop">Regiodossier (ontwerp): {data.region}</h2>
      <p>
        <strong>Ontwerp.</strong> Een werkversie, geen besluit. Laat ze nakijken door de diensten van je eigen gemeente.
        Bij elk deel staat waar de tekst vandaan komt: publiq, de lezing van de gids of de antwoorden van de regio.
      </p>
      <h3>De gemeenten</h3>
      <table class="kv-table">
        <thead>
          <tr>
            <th scope="col">Gemeente</th>
            <th scope="col">NIS-code</th>
            <th scope="col">Inwoners</th>
            <th scope="col">Referentieregio</th>
          </tr>
        </thead>
        <tbody>
          {data.municipalities.map((municipality, index) => (
            <tr key={index}>
              <th scope="row">{municipality.name}</th>
              <td>{municipality.nis ?? 'onbekend'}</td>
              <td>{municipality.inhabitants === undefined ? 'onbekend' : number(municipality.inhabitants)}</td>
              <td>{municipality.referenceRegion ?? 'onbekend'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>De afspraken</h3>
      <p>Herkomst: welke afspraken een scenario vraagt, komt van publiq; de stand uit de antwoorden van de regio.</p>
      {data.scenarios.map((scenario) => (
        <table class="kv-table" key={scenario.title}>
          <caption>{scenario.title}</caption>
          <thead>
            <tr>
              <th scope="col">Afspraak</th>
              <th scope="col">Stand in de regio</th>
              <th scope="col">Wie houdt ze nog tegen</th>
              <th scope="col">Besluit van de regio</th>
            </tr>
          </thead>
          <tbody>
            {scenario.agreements.map((agreement) => (
              <tr key={agreement.title}>
                <th scope="row">{agreement.title}</th>
                <td>{STATUS_TEXT[agreement.status]}</td>
                <td>{agreement.heldBackBy.join(', ') || 'niemand'}</td>
                <td class="dp-empty" />
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <h3>De coördinatie</h3>
      <ul>
        {data.coordination.map((statement, index) => (
          <StatementItem key={index} statement={statement} />
        ))}
      </ul>
      <h3>Volgende stappen</h3>
      <ul>
        {data.nextSteps.map((statement, index) => (
          <StatementItem key={index} statement={statement} />
        ))}
      </ul>
      <table class="kv-table">
        <caption>Wat elk college en elke gemeenteraad goedkeurt (de pagina Voorbeelddocumenten van de gids)</caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Wie keurt goed of tekent</th>
          </tr>
        </thead>
        <tbody>
          {data.approvals.map((approval) => (
            <tr key={approval.document}>
              <th scope="row">{approval.document}</th>
              <td>{approval.who}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Bronnen</h3>
      <ul class="dp-sources">
        {data.sources.map((source) => (
          <li key={source.url}>
            {source.title}: {source.url}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DossierPrint({ input }: { input: DossierInput }) {
  return <Dossier data={dossierData(input)} />;
}
