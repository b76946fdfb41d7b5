import { isSpace } from './space.js';

/** How a number is qualified in text: "about 40", "more than 50,000", "a little under one fifth", "2-3". */
export type Qualifier =
  | 'exact'
  | 'approximate'
  | 'nearly'
  | 'more-than'
  | 'at-least'
  | 'less-than'
  | 'at-most'
  | 'a-little-under'
  | 'range'
  | 'vague';

/** A unit of time a duration is written in. */
export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** A number as written in prose. */
export interface NumberExpr {
  start: number;
  end: number;
  /** The value, or the lower end of a range or a vague amount ("dozens" → 24, "2-3" → 2). */
  value: number;
  /** Upper end of a range or a vague amount ("dozens" → 99, "2-3" → 3). */
  max?: number;
  qualifier: Qualifier;
  /** Fractions and percentages are normalised to 0–1 and carry unit "fraction"; areas "km2". */
  unit?: 'fraction' | 'km2';
  /** A duration: "three hours", "a month ago", "30-day"; `ago` when it counts back from now. */
  time?: { unit: TimeUnit; ago: boolean };
  /** "1,000-for-1,000", "6,000 … each": the value is per side. */
  perSide?: boolean;
  /** "in all", "in total", "combined": the value is a total. */
  total?: boolean;
  /**
   * Not a count of the thing itself: an increment ("another 172", "an additional 200"), a part ("382 of the
   * 472"), a margin ("by over 100"), or a time offset ("two hours before the talks").
   */
  partial?: 'increment' | 'part' | 'margin' | 'offset';
  /** "aged 25", "the age of 25": the counted noun is years. */
  age?: boolean;
  /** Where the counted noun may begin (after "-" in "30-day", or after the number). */
  nounFrom: number;
  /** End of the words read as part of the number: its unit of time and their parts ("an hour and a half"). */
  through: number;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fourth: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  sixth: 1 / 6,
  tenth: 1 / 10,
  tenths: 1 / 10,
};
/** Hedged amounts; a vague word before a scale multiplies ("several hundred" → 300–900). */
const VAGUE: Record<string, [number, number]> = {
  'a dozen': [12, 12],
  dozen: [12, 12],
  dozens: [24, 99],
  several: [3, 9],
  'a few': [2, 5],
  few: [2, 5],
  'tens of thousands': [20000, 99999],
  'hundreds of thousands': [200000, 999999],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  'a handful': [2, 6],
};
const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:a little|just|slightly) (?:under|below|less than)\s*$/, 'a-little-under'],
  [/(?:more than|over|above|upwards of|in excess of|exceeding)\s*$/, 'more-than'],
  [/(?:at least|a minimum of|minimum of|no fewer than|no less than|a minimum|minimum)\s*$/, 'at-least'],
  [/(?:fewer than|less than|under|below)\s*$/, 'less-than'],
  [/(?:up to|at most|no more than|a maximum of|maximum of)\s*$/, 'at-most'],
  [/(?:nearly|almost|close to|just short of)\s*$/, 'nearly'],
  [
    /(?:about|around|roughly|approximately|approx\.|some|an estimated|estimated|circa|c\.|or so|some)\s*$/,
    'approximate',
  ],
];
/**
 * The last word of every qualifier above: a qualifier can only end the text before a number (white space
 * aside) when one of these does, so the patterns are only tried then.
 */
const QUALIFIER_ENDS = [
  'under',
  'below',
  'than',
  'over',
  'above',
  'of',
  'exceeding',
  'least',
  'minimum',
  'to',
  'most',
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'approximately',
  'approx.',
  'some',
  'estimated',
  'circa',
  'c.',
  'so',
];
/** Words before a number that make it an increment on another count, not the count. */
const INCREMENT = /(?:^|[^a-z])(?:another|additional|a further|further|extra|other)\s*$/;
const MARGIN =
  /(?:^|[^a-z])by(?:\s+(?:over|more than|about|around|nearly|almost|some|at least|roughly|just|only))?\s*$/;
const AGE = /(?:^|[^a-z])(?:aged|ages? of|age)\s*$/;
/** "382 of the 472": the first is a part of the second. */
const PART_AFTER = /^\s+of\s+(?:the|those|them|these|which|its|their|whom)\b/;
/** A duration followed by these counts time from an event, not the length of one. */
const OFFSET_AFTER = /^\s+(?:before|after|later|earlier|into|late|behind|from now|prior)\b/;
const MONTH =
  /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)/;
/** Every word MONTH matches whole. */
const MONTH_WORDS = new Set(
  'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'.split(
    ' ',
  ),
);
const MONTH_AFTER = new RegExp(`^\\s*${MONTH.source}\\b`);
/** The letters a month's name begins with: MONTH_AFTER is only tried after one of them. */
const MONTH_INITIALS = new Set([...'jfmasond'].map((c) => c.charCodeAt(0)));
/** The first unit at or after `at` that is not white space (NaN at the end). */
function firstAfterSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i);
}
const TIME_AFTER =
  /^(?:-| |)(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b(?:-long)?(?:\s+and\s+(?:a\s+half|(\d+|a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|forty-five)\s+(minutes?|hours?|days?|weeks?|months?)))?/;
const TIME_UNITS: Record<string, TimeUnit> = {
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mins: 'minute',
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
};
/** Length of each time unit in minutes, for comparing durations written in different units. */
export const MINUTES: Record<TimeUnit, number> = {
  minute: 1,
  hour: 60,
  day: 1440,
  week: 10080,
  month: 43830,
  year: 525960,
};
const MONEY = '$€£¥₴₽';
const PAGE_WORDS = ['p', 'page', 'no', 'vol'];
/** `\w` of a regex without the u flag. */
const isAsciiWord = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const isDigit = (c: number) => c >= 48 && c <= 57;

const NUMBER_WORD_SOURCE =
  '\\b(?:(?:tens|hundreds) of thousands|a dozen|dozens|(?:several|a few) (?:hundred|thousand|million)|several|a few|a handful|(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)(?:[- ](?:hundred|thousand|million|billion|half|halves|third|thirds|quarter|quarters|fourth|fifth|fifths|sixth|tenth|tenths))*|hundreds|thousands|half)\\b';
/** Where a number may start: a digit, or a word that can begin a number. */
const CANDIDATE_SOURCE =
  '\\d|\\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|tens|hundreds|thousands|dozens|several|half)(?![a-z])';
const DIGITS_SOURCE = '(\\d{1,3}(?:[,\\u00a0\\u202f ]\\d{3})+|\\d+)(?:\\.(\\d+))?';

/** The scanning state of one call: regexes with `lastIndex` are made per call, never shared between calls. */
interface Scan {
  folded: string;
  to: number;
  candidate: RegExp;
  word: RegExp;
  digits: RegExp;
}

/**
 * Finds the numbers in folded prose: digits with separators and decimals, scales ("1.2-million"), number
 * words ("six thousand", "a dozen", "several hundred"), fractions ("one fifth", "a third"), percentages,
 * areas and durations ("three hours", "a month ago"), ranges ("2-3 days", "two to three days", "between 18
 * and 25"), with the qualifier in front. Dates, times, years, ordinals, money, model designations (Tu-95)
 * and numbers glued to letters are left out.
 */
export function findNumbers(folded: string, from = 0, to = folded.length): NumberExpr[] {
  const scan: Scan = {
    folded,
    to,
    candidate: new RegExp(CANDIDATE_SOURCE, 'g'),
    word: new RegExp(NUMBER_WORD_SOURCE, 'y'),
    digits: new RegExp(DIGITS_SOURCE, 'y'),
  };
  const out: NumberExpr[] = [];
  const { candidate } = scan;
  candidate.lastIndex = from;
  // Jump from candidate to candidate with one native regex scan instead of visiting every character.
  for (let m = candidate.exec(folded); m && m.index < to; m = candidate.exec(folded)) {
    const i = m.index;
    const prev = folded.charCodeAt(i - 1);
    const prevIsWord = i > 0 && ((prev >= 97 && prev <= 122) || isDigit(prev) || prev > 127);
    if (prevIsWord) {
      // Inside a word or a number glued to letters: skip the rest of it.
      while (candidate.lastIndex < to && /[a-z0-9]/.test(folded[candidate.lastIndex]!)) candidate.lastIndex++;
      continue;
    }
    const e = numberAt(scan, i, m[0].length);
    if (!e) continue;
    const ranged = rangeAfter(scan, e);
    candidate.lastIndex = Math.max(ranged.end, ranged.through);
    out.push(after(folded, ranged));
  }
  return out;
}

/** The number starting at i (a candidate of `length` characters), without what follows it. */
function numberAt(scan: Scan, i: number, length: number): NumberExpr | null {
  const { folded, to } = scan;
  const c = folded.charCodeAt(i);
  if (isDigit(c)) {
    const e = parseDigits(scan, i);
    if (!e) {
      // Past the whole of a refused number, its group separators, decimals and dashes too: "000" of a
      // refused "5,000", or "06" of a date "2025-06-02", is no number of its own.
      let j = i + 1;
      for (; j < to; j++) {
        const d = folded.charCodeAt(j);
        if (!isDigit(d) && !((d === 44 || d === 46 || d === 45) && isDigit(folded.charCodeAt(j + 1)))) break;
      }
      scan.candidate.lastIndex = j;
    }
    return e;
  }
  scan.word.lastIndex = i;
  const found = scan.word.exec(folded);
  const w = found && found.index === i && i + found[0].length <= to ? found[0] : undefined;
  // "a", "an" and "one" alone are articles, not figures, unless a unit of time follows: "an hour", "a month".
  const article = w === undefined ? (length <= 2 ? folded.slice(i, i + length) : undefined) : w;
  if (article === 'a' || article === 'an' || article === 'one') {
    const time = TIME_AFTER.exec(folded.slice(i + article.length + 1, i + article.length + 40));
    if (folded[i + article.length] !== ' ' || !time || time[0].startsWith('-')) {
      scan.candidate.lastIndex = i + length;
      return null;
    }
    const e: NumberExpr = {
      start: i,
      end: i + article.length,
      value: 1,
      qualifier: qualifierBefore(folded, i),
      nounFrom: i + article.length,
      through: i + article.length,
    };
    return withTime(folded, e, i + article.length + 1);
  }
  if (w === undefined) {
    scan.candidate.lastIndex = i + length;
    return null;
  }
  const e = parseWords(folded, i, w);
  if (!e) scan.candidate.lastIndex = i + length;
  return e;
}

/** "2-3", "two to three", "two- to three-day", "between 18 and 25", "from 18 to 25": one range. */
function rangeAfter(scan: Scan, e: NumberExpr): NumberExpr {
  const { folded } = scan;
  if (e.unit || e.perSide || e.qualifier === 'vague') return e;
  // A range goes on with "-", " to " or " and ".
  const next = folded.charCodeAt(e.end);
  if (next !== 45 && next !== 32) return e;
  const rest = folded.slice(e.end, e.end + 8);
  const between = /(?:^|[^a-z])between\s*$/.test(folded.slice(Math.max(0, e.start - 10), e.start));
  const link = (between ? /^\s+and\s+/ : /^(?:-|- to |\s+to\s+|\s*-\s*)(?=[\da-z])/).exec(rest);
  if (!link) return e;
  const at = e.end + link[0].length;
  const c = folded.charCodeAt(at);
  let second: NumberExpr | null = null;
  if (isDigit(c)) {
    if (!isDigit(folded.charCodeAt(e.end - 1))) return e;
    second = parseDigits(scan, at);
  } else {
    scan.word.lastIndex = at;
    const w = scan.word.exec(folded);
    if (w && w.index === at && w[0] !== 'a' && w[0] !== 'an') second = parseWords(folded, at, w[0]);
  }
  if (!second || second.unit || second.value <= e.value) return e;
  const time = second.time ?? e.time;
  const range: NumberExpr = {
    start: e.start,
    end: second.end,
    value: e.value,
    max: second.value,
    qualifier: 'range',
    nounFrom: second.nounFrom,
    through: second.through,
  };
  if (time) range.time = time;
  return range;
}

function qualifierBefore(folded: string, start: number): Qualifier {
  const lo = Math.max(0, start - 28);
  // The patterns look at folded[lo, start); their `\s*$` skips white space back to `last`.
  const last = spaceBefore(folded, lo, start);
  if (!endsAtAny(folded, QUALIFIER_ENDS, lo, last)) return 'exact';
  const before = folded.slice(lo, start);
  for (const [re, q] of QUALIFIERS) if (re.test(before)) return q;
  return 'exact';
}

/** Where the white space (as `\s` reads it) that ends text[lo, end) begins. */
function spaceBefore(text: string, lo: number, end: number): number {
  let i = end;
  while (i > lo && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Whether text[lo, end) ends with `word`. */
const endsAt = (text: string, word: string, lo: number, end: number): boolean =>
  end - word.length >= lo && text.startsWith(word, end - word.length);

/** Whether text[lo, end) ends with one of `words`. */
function endsAtAny(text: string, words: readonly string[], lo: number, end: number): boolean {
  for (const w of words) if (endsAt(text, w, lo, end)) return true;
  return false;
}

/** Whether text[lo, end) holds `word`. */
function holds(text: string, word: string, lo: number, end: number): boolean {
  for (let i = lo; i + word.length <= end; i++) if (text.startsWith(word, i)) return true;
  return false;
}

const TOTAL_WORDS = ['in all', 'in total', 'combined', 'altogether'];

function includesAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

/** What the words around a number say of it: per side, a total, an increment, a part, a margin, an age. */
function after(folded: string, e: NumberExpr): NumberExpr {
  const { end } = e;
  const rest = folded.slice(end, end + 40);
  // Each pattern is only tried when the words it needs are there.
  if (rest.includes('each') && /^[^.,;\n\d]{0,30}\beach\b/.test(rest)) e.perSide = true;
  const lo = Math.max(0, e.start - 14);
  const before = folded.slice(lo, e.start);
  if (
    (includesAny(rest, TOTAL_WORDS) &&
      /^[^.;\n]{0,30}\b(?:in all|in total|combined|altogether)\b/.test(rest)) ||
    (holds(folded, 'total of', lo, e.start) && /\btotal of\s*$/.test(before))
  )
    e.total = true;
  if (e.total) e.perSide = false;
  if (e.qualifier === 'exact' && /^\s*or so\b/.test(rest)) e.qualifier = 'approximate';
  const wide = folded.slice(Math.max(0, e.start - 20), e.start);
  // (Each pattern only where its words are.)
  if (
    (wide.includes('other') ||
      wide.includes('additional') ||
      wide.includes('further') ||
      wide.includes('extra')) &&
    INCREMENT.test(wide)
  )
    e.partial = 'increment';
  else if (wide.includes('by') && MARGIN.test(wide)) e.partial = 'margin';
  else if (isSpace(folded.charCodeAt(end)) && PART_AFTER.test(rest)) e.partial = 'part';
  else if (
    e.time &&
    !e.time.ago &&
    OFFSET_AFTER.test(folded.slice(e.nounFrom, e.nounFrom + 40).replace(/^[a-z]+/, ''))
  )
    e.partial = 'offset';
  if (before.includes('age') && AGE.test(before)) e.age = true;
  return e;
}

/** Reads a unit of time after a number ("3 hours", "30-day", "an hour and a half", "1 hour and 15 minutes"). */
function withTime(folded: string, e: NumberExpr, at: number): NumberExpr {
  // A unit of time begins with one of these letters, after a space or a hyphen.
  const c0 = folded.charCodeAt(at);
  const c = c0 === 32 || c0 === 45 ? folded.charCodeAt(at + 1) : c0;
  if (c !== 109 /* m */ && c !== 104 /* h */ && c !== 100 /* d */ && c !== 119 /* w */ && c !== 121 /* y */)
    return e;
  const m = TIME_AFTER.exec(folded.slice(at, at + 48));
  if (!m) return e;
  const unit = TIME_UNITS[m[1]!]!;
  let value = e.value;
  if (m[0].includes(' and a half')) value += 0.5;
  else if (m[3]) {
    const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : (UNITS[m[2]!] ?? (m[2] === 'forty-five' ? 45 : 1));
    value += (n * MINUTES[TIME_UNITS[m[3]]!]) / MINUTES[unit];
  }
  e.value = value;
  const wordEnd = at + m[0].length;
  const ago = /^\s+ago\b/.test(folded.slice(wordEnd, wordEnd + 8));
  e.time = { unit, ago };
  e.through = wordEnd;
  // The counted noun is the unit's word: "30-day ceasefire" → "day ceasefire", "three hours" → "hours".
  e.nounFrom = folded[at] === '-' ? at + 1 : at + (folded[at] === ' ' ? 1 : 0);
  return e;
}

/** The value of digits with group separators, which are skipped. */
function wholeValue(digits: string): number {
  let v = 0;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (isDigit(c)) v = v * 10 + (c - 48);
  }
  return v;
}

function parseDigits(scan: Scan, start: number): NumberExpr | null {
  const { folded, to, digits: re } = scan;
  re.lastIndex = start;
  const m = re.exec(folded);
  if (!m) return null;
  let end = start + m[0].length;
  // "6 000" with a plain space is two numbers unless the groups are exactly 3 digits: keep, but cut a trailing
  // group that is really a year or another number ("May 16 2025").
  const digits = m[1]!;
  // A whole number is added up digit by digit (exact below 2^53); one with decimals is read by Number.
  let value =
    m[2] || digits.length > 15
      ? Number(digits.replace(/[,\u00a0\u202f ]/g, '') + (m[2] ? `.${m[2]}` : ''))
      : wholeValue(digits);
  const raw = m[0];
  const next = folded.slice(end, end + 24);
  // The text before the number is folded[lo, start): what `\s*$` leaves of it ends at `last`, what `\.?\s*$`
  // leaves (the word before the number) at `word`.
  const lo = Math.max(0, start - 12);
  const last = spaceBefore(folded, lo, start);
  const word = last > lo && folded.charCodeAt(last - 1) === 46 /* . */ ? last - 1 : last;
  const prev = start > 0 ? folded.charCodeAt(start - 1) : -1;
  // Glued to letters or money: R20, $5, A380, 1st, 3rd, 2nd; a model designation: Tu-95, KN-23, A-50.
  if (
    /^(?:st|nd|rd|th)\b/.test(next) ||
    (last > lo && MONEY.includes(folded[last - 1]!)) ||
    (prev >= 97 && prev <= 122) ||
    (prev === 45 /* - */ && /[a-z]-$/.test(folded.slice(start - 2, start)))
  )
    return null;
  if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|h\b|:\d)/.test(next) || /^:\d/.test(next)) return null;
  // Dates: "May 16", "16 May", years. A month before is the whole last word (\b on both sides).
  let w = word;
  while (w > lo && isAsciiWord(folded.charCodeAt(w - 1))) w--;
  if (
    (word - w >= 3 && word - w <= 9 && MONTH_WORDS.has(folded.slice(w, word))) ||
    (MONTH_INITIALS.has(firstAfterSpace(folded, end)) && MONTH_AFTER.test(next))
  )
    return null;
  if (/^\d{4}$/.test(raw) && value >= 1800 && value <= 2100) return null;
  // 2025-06-02, phone numbers; but "2-3 days" is a range, read by rangeAfter.
  if (/^-\d/.test(next) && !/^-(?:for|to)-/.test(next) && !/^-\d{1,3}(?![\d-])/.test(next)) return null;
  // "p. 3", "no. 5", "vol 2": the whole word, not any word ending so ("swap 5,000", "up 300").
  for (const w of PAGE_WORDS)
    if (endsAt(folded, w, lo, word) && !isAsciiWord(folded.charCodeAt(word - w.length - 1))) return null;
  const e: NumberExpr = {
    start,
    end,
    value,
    qualifier: qualifierBefore(folded, start),
    nounFrom: end,
    through: end,
  };
  // Scales: "1.2 million", "1.2-million", "50k".
  const scale = /^[- ]?(million|billion|thousand|bn|m)\b/.exec(next);
  if (scale) {
    value *= scale[1] === 'bn' || scale[1] === 'billion' ? 1e9 : scale[1] === 'thousand' ? 1e3 : 1e6;
    end += scale[0].length;
  }
  const rest = folded.slice(end, end + 24);
  const pct = /^\s?(?:%|per ?cent\b|pct\b)/.exec(rest);
  const area = /^\s?(?:km²|km2|sq\.? ?km\b|square kilomet(?:re|er)s?\b)/.exec(rest);
  const perSide = /^-for-(\d{1,3}(?:,\d{3})+|\d+)/.exec(rest);
  if (pct) {
    e.unit = 'fraction';
    value /= 100;
    end += pct[0].length;
  } else if (area) {
    e.unit = 'km2';
    end += area[0].length;
  } else if (perSide) {
    e.perSide = true;
    end += perSide[0].length;
  }
  e.value = value;
  e.end = end;
  e.nounFrom = end;
  e.through = end;
  if (folded[end] === '-' && /[a-z]/.test(folded[end + 1] ?? '')) e.nounFrom = end + 1; // 30-day, 14-member
  if (end > to) return null;
  if (!e.unit && !e.perSide) withTime(folded, e, end);
  return e;
}

function parseWords(folded: string, start: number, text: string): NumberExpr | null {
  const end = start + text.length;
  const scaled = /^(several|a few) (hundred|thousand|million)$/.exec(text);
  const vague = scaled ? VAGUE[scaled[1]!]!.map((v) => v * SCALES[scaled[2]!]!) : VAGUE[text];
  if (vague) {
    // "a few" and "several" only count when a noun follows directly; "a dozen" too.
    const e: NumberExpr = {
      start,
      end,
      value: vague[0]!,
      max: vague[1]!,
      qualifier: vague[0] === vague[1] ? qualifierBefore(folded, start) : 'vague',
      nounFrom: end,
      through: end,
    };
    if (/^ of\b/.test(folded.slice(end, end + 3)) && vague[0] !== vague[1]) e.nounFrom = end + 3;
    return e;
  }
  let words = text.split(/[- ]/);
  // "a five-star hotel": the article is not a one.
  if ((words[0] === 'a' || words[0] === 'an') && words[1] !== undefined && words[1] in UNITS)
    words = words.slice(1);
  let total = 0;
  let current = 0;
  let fraction: number | undefined;
  let sawNumber = false;
  for (const w of words) {
    if (w in UNITS) {
      current += UNITS[w]!;
      sawNumber = true;
    } else if (w in SCALES) {
      current = (current || 1) * SCALES[w]!;
      if (SCALES[w]! >= 1000) {
        total += current;
        current = 0;
      }
    } else if (w in FRACTIONS) {
      fraction = (current || 1) * FRACTIONS[w]!;
      current = 0;
    }
  }
  if (!sawNumber && fraction === undefined) return null;
  // "a"/"an"/"one" alone are articles, not figures.
  if (fraction === undefined && (text === 'a' || text === 'an' || text === 'one')) return null;
  if (fraction !== undefined) {
    // "half an hour" is a duration, not a share.
    const halfAn = text === 'half' ? /^ an? (?=hour\b)/.exec(folded.slice(end, end + 9)) : null;
    if (halfAn) {
      const e: NumberExpr = {
        start,
        end,
        value: 0.5,
        qualifier: qualifierBefore(folded, start),
        nounFrom: end,
        through: end,
      };
      return withTime(folded, e, end + halfAn[0].length);
    }
    return {
      start,
      end,
      value: fraction,
      qualifier: qualifierBefore(folded, start),
      unit: 'fraction',
      nounFrom: end,
      through: end,
    };
  }
  const value = total + current;
  const e: NumberExpr = {
    start,
    end,
    value,
    qualifier: qualifierBefore(folded, start),
    nounFrom: folded[end] === '-' ? end + 1 : end,
    through: end,
  };
  return withTime(folded, e, end);
}
