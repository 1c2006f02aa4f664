// The keuzehulp's model for the region overview, built from content/keuzehulp exactly as the
// keuzehulp page builds it (same collections, same buildModel and its checks).
import { getCollection } from 'astro:content';
import { buildModel } from '../../lib/keuzehulp/model';
import type { KeuzehulpModel } from '../../lib/keuzehulp/types';

export async function loadKeuzehulpModel(): Promise<KeuzehulpModel> {
  const [questions, conditions, advice, outcomes, agreements, scenarios, glossary] = await Promise.all([
    getCollection('keuzehulpVragen'),
    getCollection('keuzehulpVoorwaarden'),
    getCollection('keuzehulpAdviezen'),
    getCollection('keuzehulpUitkomsten'),
    getCollection('afspraken'),
    getCollection('scenarios'),
    getCollection('begrippen'),
  ]);
  return buildModel(
    {
      questions: questions.map((entry) => entry.data),
      conditions: conditions.map((entry) => entry.data),
      advice: advice.map((entry) => entry.data),
      outcomes: outcomes.map((entry) => entry.data),
    },
    agreements.map((entry) => entry.data),
    scenarios.map((entry) => entry.data),
    glossary.map((entry) => entry.data.id),
  );
}
