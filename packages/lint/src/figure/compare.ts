import type { Figure } from '@parley/dataset';
import type { NumberExpr, Qualifier } from '@parley/numbers';

type Interval = [number, number];
type Direction = 'lower' | 'upper' | 'none';

/**
 * What a number in a draft says against one recorded report: it agrees with it, contradicts it, or can be
 * neither (a vague report, "dozens", has no bounds to contradict; nor does a draft's own vague amount).
 */
export type Agreement = 'agrees' | 'contradicts' | 'unknown';

const direction = (q: string): Direction =>
  q === 'more-than' || q === 'at-least' ? 'lower' : q === 'less-than' || q === 'at-most' ? 'upper' : 'none';

/** Half the unit of the last significant digit of a round number: 500 → 50, 6,000 → 500, 472 → 0. */
function roundingSlack(v: number, unit?: string): number {
  if (unit === 'fraction') return 0.02;
  if (!Number.isInteger(v) || v === 0) return Math.abs(v) * 0.05;
  let k = 1;
  while (v % (k * 10) === 0) k *= 10;
  return k === 1 ? 0 : Math.min(k / 2, v * 0.1);
}

function interval(
  v: number,
  q: Qualifier | Figure['value']['exactness'],
  unit?: string,
  max?: number,
  strict = false,
): Interval {
  const slack = strict ? 0 : roundingSlack(v, unit);
  switch (q) {
    case 'exact':
      return [v - slack, v + slack];
    case 'approximate':
      return [v * 0.85 - slack, v * 1.15 + slack];
    case 'nearly':
      return [v * 0.8, v + slack];
    case 'a-little-under':
      return [v * 0.85, v];
    case 'more-than':
    case 'at-least':
      return [v, Number.POSITIVE_INFINITY];
    case 'less-than':
    case 'at-most':
      return [0, v];
    case 'vague':
    case 'range':
      return [v - slack, (max ?? v) + slack];
  }
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.1;

/** Whether a number in a draft agrees with one recorded report, allowing for hedges and the draft's rounding. */
export function compare(
  n: NumberExpr,
  f: Figure,
  perSide: boolean,
  opts: { vague?: readonly [number, number]; limit?: boolean } = {},
): Agreement {
  const v = f.value;
  if (n.qualifier === 'vague') return 'unknown';
  if (v.exactness === 'vague') {
    if (!opts.vague) return 'unknown';
    const [lo, hi] = opts.vague;
    const a = interval(n.value, n.qualifier, n.unit, n.max);
    return a[0] <= hi && lo <= a[1] ? 'agrees' : 'contradicts';
  }
  const recorded = v.exactness === 'range' ? v.min! : v.amount!;
  // A total of a per-side figure is twice the figure: 12,000 bodies in all against 6,000 each.
  const values = perSide && !n.perSide ? (n.total ? [recorded * 2] : [recorded, recorded * 2]) : [recorded];
  for (const base of values) {
    const scale = base / recorded;
    const max = v.max !== undefined ? v.max * scale : undefined;
    const dn = direction(n.qualifier);
    const df = direction(v.exactness);
    if (dn !== 'none' && dn === df) {
      if (near(n.value, base)) return 'agrees';
      // A limit set by the source ("a minimum 30-day ceasefire"): another limit contradicts it.
      if (opts.limit) continue;
      // Bounds of an estimate the same way: a weaker one is implied ("less than two hours" by "less than 90
      // minutes"); a stronger one neither follows nor contradicts.
      return (dn === 'lower' ? n.value <= base : n.value >= base) ? 'agrees' : 'unknown';
    }
    const a = interval(n.value, n.qualifier, n.unit, n.max);
    // A recorded number is taken as written; only the draft's own round numbers get rounding slack.
    const b = interval(base, v.exactness, f.unit, max, true);
    if (a[0] <= b[1] && b[0] <= a[1]) return 'agrees';
  }
  return 'contradicts';
}
