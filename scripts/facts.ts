// npm run facts [-- file]: writes the register of facts (scripts/facts/register.ts) as one
// Markdown table, by default to feitenregister.md (git-ignored): every amount, percentage, date
// and count in the content, with page, sentence and cited source, for the publisher's check.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { factsMarkdown, factsRegister } from './facts/register.ts';

const out = path.resolve(process.argv[2] ?? 'feitenregister.md');
const facts = factsRegister();
writeFileSync(out, factsMarkdown(facts, new Date().toISOString().slice(0, 10)));
const byKind = Object.entries(Object.groupBy(facts, (fact) => fact.kind))
  .map(([kind, rows]) => `${rows?.length ?? 0} ${kind}`)
  .join(', ');
console.log(`${facts.length} feiten (${byKind}) -> ${path.relative(process.cwd(), out)}`);
