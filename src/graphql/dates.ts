/**
 * The calendar window a date typed into a form must lie in. Far-off dates (1900, 9999) are typing errors, and they
 * would sort first or last in every list and report. Pure: no SQL, no GraphQL.
 */
const EARLIEST_DATE = '2000-01-01';
const LATEST_DATE = '2100-12-31';

/** Whether an ISO date (YYYY-MM-DD) lies in the window; ISO dates compare as strings. */
export function inDateWindow(date: string): boolean {
  return date >= EARLIEST_DATE && date <= LATEST_DATE;
}

export const DATE_WINDOW_MESSAGE = `Dates must lie between ${EARLIEST_DATE} and ${LATEST_DATE}.`;
