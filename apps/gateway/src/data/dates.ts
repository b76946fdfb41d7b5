/** ISO 8601 dates at the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD. */
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Checks a date at any of the three precisions; returns why it is not one, or undefined when it is.
 * "2025-02-30" and "2025-13" are rejected: a date filter that silently matched nothing would mislead.
 */
export function invalidIsoDate(text: string): string | undefined {
  const m = ISO.exec(text);
  if (!m) return 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD';
  const year = Number(m[1]);
  if (m[2] === undefined) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `has no month ${m[2]}`;
  if (m[3] === undefined) return undefined;
  const day = Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) return `is not a day of ${m[1]}-${m[2]}`;
  return undefined;
}

/**
 * The days a partial date covers, as YYYY-MM-DD strings (which compare correctly as text): "2025-05" is
 * 2025-05-01 to 2025-05-31, "2025" the whole year.
 */
export function dayRange(text: string): [string, string] {
  const m = ISO.exec(text);
  if (!m) throw new Error(`not an ISO date: ${text}`);
  const year = m[1]!;
  if (m[2] === undefined) return [`${year}-01-01`, `${year}-12-31`];
  if (m[3] === undefined)
    return [`${year}-${m[2]}-01`, `${year}-${m[2]}-${pad(daysIn(Number(year), Number(m[2])))}`];
  return [text, text];
}

/**
 * Whether a period (start, optional end, each at any precision) may overlap [from, to]. A period known only
 * to the month overlaps a range that touches any day of that month: the filter keeps what it cannot rule out.
 */
export function overlaps(start: string, end: string | undefined, from?: string | null, to?: string | null) {
  const first = dayRange(start)[0];
  const last = dayRange(end ?? start)[1];
  if (from && last < dayRange(from)[0]) return false;
  if (to && first > dayRange(to)[1]) return false;
  return true;
}
