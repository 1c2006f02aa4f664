// Everything the keuzehulp needs about municipalities, in one chunk that loads only when the
// link names municipalities (dynamic import in useRegion), so the first visit stays small.
export { parseGemeenten, serialiseGemeenten } from '../../lib/regio';
export { withRegionAnswers } from '../../lib/keuzehulp/regionAnswers';
export { RegionSummary } from './RegionSummary';
