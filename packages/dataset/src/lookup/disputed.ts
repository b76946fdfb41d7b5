import type { Figure } from '../generated/types.js';

/** The values a report allows, as a closed interval; undefined for a vague report, which bounds nothing. */
function interval(f: Figure): [number, number] | undefined {
  const { exactness, amount = Number.NaN, min = Number.NaN, max = Number.NaN } = f.value;
  switch (exactness) {
    case 'exact':
      return [amount, amount];
    case 'approximate':
      return [amount * 0.9, amount * 1.1];
    case 'more-than':
    case 'at-least':
      return [amount, Number.POSITIVE_INFINITY];
    case 'less-than':
    case 'at-most':
      return [Number.NEGATIVE_INFINITY, amount];
    case 'a-little-under':
      return [amount * 0.9, amount];
    case 'range':
      return [min, max];
    default:
      return undefined;
  }
}

/**
 * Whether two reports of one quantity contradict each other: the same unit, counted the same way (each
 * side or total), and no value both allow. Reports in different units are different renderings (km² and a
 * share; local and Paris time) and a vague report bounds nothing, so neither contradicts anything.
 */
export function contradicts(a: Figure, b: Figure): boolean {
  if (a.unit !== b.unit || (a.per ?? 'total') !== (b.per ?? 'total')) return false;
  const ia = interval(a);
  const ib = interval(b);
  if (!ia || !ib) return false;
  return ia[1] < ib[0] || ib[1] < ia[0];
}

/** Whether any two of these reports (of one quantity) contradict each other (see {@link contradicts}). */
export function disputed(reports: readonly Figure[]): boolean {
  return reports.some((a, i) => reports.slice(i + 1).some((b) => contradicts(a, b)));
}
