import type { Analysis } from '../analysis.js';
import { isRuleId } from '../rules/registry.js';
import type { RuleId } from '../rules/types.js';

type Switch = { at: number; rules: RuleId[] | 'all'; on: boolean };

/**
 * Inline directives in HTML comments: `<!-- parley-disable RULE -->` … `<!-- parley-enable RULE -->`, and
 * `<!-- parley-disable-next-line RULE -->`. Without a rule they apply to every rule.
 */
export class Directives {
  #switches: Switch[] = [];
  #nextLine = new Map<number, RuleId[] | 'all'>();

  constructor(a: Analysis) {
    for (const c of a.comments) {
      const m = /^\s*parley-(disable-next-line|disable|enable)\b([\s\S]*)$/.exec(c.body);
      if (!m) continue;
      const ids = m[2]!
        .split(/[\s,]+/)
        .filter(Boolean)
        .filter(isRuleId);
      const rules: RuleId[] | 'all' = ids.length > 0 ? ids : 'all';
      if (m[1] === 'disable-next-line') this.#nextLine.set(a.lines.position(c.end).line + 1, rules);
      else this.#switches.push({ at: c.start, rules, on: m[1] === 'enable' });
    }
  }

  /** Whether a finding of `rule` at `offset` (on `line`) is silenced. */
  disabled(rule: RuleId, offset: number, line: number): boolean {
    const next = this.#nextLine.get(line);
    if (next === 'all' || next?.includes(rule)) return true;
    let off = false;
    for (const s of this.#switches) {
      if (s.at > offset) break;
      if (s.rules === 'all' || s.rules.includes(rule)) off = !s.on;
    }
    return off;
  }
}
