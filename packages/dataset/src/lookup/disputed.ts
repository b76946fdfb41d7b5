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
 * Whether any two reports in the same unit, counted the same way (each side or total), allow no common
 * value. Reports in different units are different renderings (km² and a share; local and Paris time).
 */
export function disputed(reports: readonly Figure[]): boolean {
  const groups = new Map<string, [number, number][]>();
  for (const f of reports) {
    const i = interval(f);
    if (!i) continue;
    const key = `${f.unit}\u0000${f.per ?? 'total'}`;
    const list = groups.get(key) ?? [];
    if (list.some(([lo, hi]) => hi < i[0] || i[1] < lo)) return true;
    list.push(i);
    groups.set(key, list);
  }
  return false;
}
