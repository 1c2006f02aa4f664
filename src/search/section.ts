import type { PageKind } from '../lib/schemas';

/** The part of the guide a page belongs to, as search results show and filter it. */
export function searchSection(kind: PageKind): string {
  switch (kind) {
    case 'scenario':
    case 'vergelijking':
      return 'Scenario';
    case 'basis':
      return 'Basis';
    case 'begrippen':
      return 'Begrip';
    case 'vragen':
      return 'Vraag';
    case 'keuzehulp':
      return 'Keuzehulp';
    case 'stappen':
      return 'Aan de slag';
    default:
      return 'Achtergrond';
  }
}
