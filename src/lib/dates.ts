// Dates as readers in Flanders write them ("25 november 2026").
const formatter = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return formatter.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date as the reader's own clock has it (the date on a printed keuzehulp result). */
export function formatLocalDate(date: Date): string {
  return date.toLocaleDateString('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' });
}
