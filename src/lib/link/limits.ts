// Every limit of a link, stated once (specs: keuzehulp "Stable interface", samen-beslissen "The
// URL", regio "The URL"). The keuzehulp, the region overview and /regio/ apply the same ones, and
// the notices quote these numbers. Nothing else cuts a link: a query is read whole.

/** `regio` and `door`: characters (not UTF-16 units). */
export const TEXT_MAX = 80;
/** A municipality's label in an overview (`g=LABEL~CODES`): longer ones are shown shortened, kept whole in the link. */
export const LABEL_MAX = 60;
/** Answer sets (municipalities) in one overview. */
export const MAX_SETS = 50;
/** Notices of one kind listed one by one; beyond this the page summarises ("en nog 12"). */
export const LISTED_PROBLEMS = 8;
