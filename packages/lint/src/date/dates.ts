/** A calendar date written in prose: "June 2", "2 June 2025", "May 16, 2025", "in May", "2025-06-02", "May 24-26". */
export interface DateExpr {
  start: number;
  end: number;
  year?: number;
  month: number;
  day?: number;
  /** Last day of a range of days in one month ("May 24-26" → 26). */
  endDay?: number;
  /**
   * The date bounds a span instead of placing something on it: "since March 2022", "until June 2", "by
   * May 16", "before June 2". Not the date of an event named beside it.
   */
  bound?: true;
}

/** Words that make the date after them an edge of a span of time. */
const BOUND_BEFORE =
  /(?:^|[^a-z])(?:since|until|till|by|before|after|prior to|ahead of|as of|through)\s+(?:early\s+|late\s+|mid-?)?$/;

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const M =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
type Reading = Omit<DateExpr, 'start' | 'end'>;
const PATTERNS: { source: string; read: (m: RegExpExecArray) => Reading | null }[] = [
  { source: '\\b(\\d{4})-(\\d{2})-(\\d{2})\\b', read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  {
    source: `\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*-\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\b(?:,?\\s+(\\d{4})\\b)?`,
    read: (m) => ({
      month: MONTHS[m[1]!]!,
      day: +m[2]!,
      ...(m[3] && +m[3] > +m[2]! ? { endDay: +m[3] } : {}),
      ...(m[4] ? { year: +m[4] } : {}),
    }),
  },
  {
    source: `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*-\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${M}\\b(?:,?\\s+(\\d{4})\\b)?`,
    read: (m) => ({
      month: MONTHS[m[3]!]!,
      day: +m[1]!,
      ...(m[2] && +m[2] > +m[1]! ? { endDay: +m[2] } : {}),
      ...(m[4] ? { year: +m[4] } : {}),
    }),
  },
  {
    // Month alone only after "in", "early", "mid-", "late" ("in May", "in mid-May"): "may" is also a verb.
    source: `\\b(?:in|early|late|mid-?|since|until|by)\\s+(?:early\\s+|late\\s+|mid-?)?${M}\\b(?:\\s+(\\d{4})\\b)?`,
    read: (m) => ({ month: MONTHS[m[1]!]!, ...(m[2] ? { year: +m[2] } : {}) }),
  },
];

/** Finds dates in folded prose; overlapping matches keep the first, most specific pattern. */
export function findDates(folded: string): DateExpr[] {
  const out: DateExpr[] = [];
  const taken: [number, number][] = [];
  for (const { source, read } of PATTERNS) {
    // A regex of this call's own: a global regex keeps its position between calls.
    const re = new RegExp(source, 'g');
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const d = read(m);
      if (!d || d.month < 1 || d.month > 12 || (d.day !== undefined && (d.day < 1 || d.day > 31))) continue;
      if (d.endDay !== undefined && d.endDay > 31) continue;
      taken.push([start, end]);
      const date: DateExpr = { start, end, ...d };
      // The month-alone pattern takes its preposition into the match; the others leave it before.
      if (
        BOUND_BEFORE.test(folded.slice(Math.max(0, start - 16), start)) ||
        /^(?:since|until|by)\s/.test(m[0])
      )
        date.bound = true;
      out.push(date);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** yyyymmdd of the first and last day a written date covers; a date without a year takes `year`. */
export function daysOf(d: DateExpr, year: number): [number, number] {
  const y = d.year ?? year;
  if (d.day === undefined) {
    const last = new Date(Date.UTC(y, d.month, 0)).getUTCDate();
    return [y * 10000 + d.month * 100 + 1, y * 10000 + d.month * 100 + last];
  }
  return [y * 10000 + d.month * 100 + d.day, y * 10000 + d.month * 100 + (d.endDay ?? d.day)];
}

/** Whether a written date agrees with a recorded ISO date (YYYY, YYYY-MM, YYYY-MM-DD), at the coarser precision. */
export function dateAgrees(d: DateExpr, iso: { start: string; end?: string }): boolean {
  const [sy, sm, sd] = iso.start.split('-').map(Number);
  const [ey, em, ed] = (iso.end ?? iso.start).split('-').map(Number);
  if (d.year !== undefined && sy !== undefined && (d.year < sy || d.year > (ey ?? sy))) return false;
  if (sm === undefined) return true;
  const year = d.year ?? sy!;
  const key = (y: number, m: number, day: number) => y * 10000 + m * 100 + day;
  if (d.day === undefined || sd === undefined) {
    const lo = key(sy!, sm, 0);
    const hi = key(ey ?? sy!, em ?? sm, 0);
    const v = key(year, d.month, 0);
    return v >= lo && v <= hi;
  }
  const v = key(year, d.month, d.day);
  return v >= key(sy!, sm, sd) && v <= key(ey ?? sy!, em ?? sm, ed ?? sd);
}

/** "June 2, 2025" for an ISO date at its precision. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const names = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  if (!m) return y!;
  const month = names[Number(m) - 1];
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}
