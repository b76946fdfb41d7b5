import type { Figure } from '@parley/dataset';

type Interval = [low: number, high: number];

/**
 * The values a report admits, taken as printed: "472" is exactly 472, "about 6,000" is 6,000 give or take
 * a tenth, "more than 400" is anything above, "dozens" is its recorded bounds.
 */
export function admitted(f: Figure): Interval {
  const { exactness, amount = Number.NaN, min = Number.NaN, max = Number.NaN } = f.value;
  switch (exactness) {
    case 'exact':
      return [amount, amount];
    case 'approximate':
      return [amount * 0.9, amount * 1.1];
    case 'a-little-under':
      return [amount * 0.85, amount];
    case 'more-than':
    case 'at-least':
      return [amount, Number.POSITIVE_INFINITY];
    case 'less-than':
    case 'at-most':
      return [Number.NEGATIVE_INFINITY, amount];
    case 'range':
    case 'vague':
      return [min, max];
  }
}

/**
 * Whether two reports of one quantity contradict each other: same unit and the same basis (total or each
 * side), and no value both admit. Reports in different units (a fifth of Ukraine, 113,100 km²) cannot be
 * compared here and are not counted as disagreeing.
 */
export function contradicts(a: Figure, b: Figure): boolean {
  if (a.unit !== b.unit || (a.per ?? 'total') !== (b.per ?? 'total')) return false;
  const [alo, ahi] = admitted(a);
  const [blo, bhi] = admitted(b);
  return alo > bhi || blo > ahi;
}

/** Whether any two of these reports (of one quantity) contradict each other. */
export function disagree(reports: readonly Figure[]): boolean {
  return reports.some((a, i) => reports.slice(i + 1).some((b) => contradicts(a, b)));
}
