// What the keuzehulp needs to know about municipalities before anything is shown: read
// `gemeenten`, describe what was wrong with it, derive the reference-region answer. One chunk,
// loaded only when the link names municipalities or the reader opens the picker (useRegion).
// Through lib/regio's index, as /regio/ does, so both pages share one chunk of region code.
export { describeGemeentenProblem, parseGemeenten, serialiseGemeenten } from '../../../lib/regio';
export { answersAfterRegionChange, withRegionAnswers } from '../../../lib/keuzehulp/regionAnswers';
