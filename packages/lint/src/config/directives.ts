import type { Analysis } from '../analysis.js';
import type { RuleId } from '../rules/types.js';

type Switch = { at: number; rules: RuleId[] | 'all'; on: boolean };

/** A rule id in a directive that names no rule: it disables nothing, and is reported. */
export interface UnknownRule {
  id: string;
  start: number;
  end: number;
}

/**
 * Inline directives in HTML comments: `<!-- parley-disable RULE -->` … `<!-- parley-enable RULE -->`, and
 * `<!-- parley-disable-next-line RULE -->`. Without a rule they apply to every rule. A directive whose ids
 * are all unknown (a typo: `name/speling`) disables nothing, rather than everything.
 */
export class Directives {
  #switches: Switch[] = [];
  #nextLine = new Map<number, RuleId[] | 'all'>();
  /** Ids in directives that name no rule, where they are written. */
  readonly unknown: UnknownRule[] = [];

  constructor(a: Analysis, isRuleId: (id: string) => id is RuleId) {
    for (const c of a.comments) {
      const m = /^(\s*parley-(disable-next-line|disable|enable)\b)([\s\S]*)$/.exec(c.body);
      if (!m) continue;
      const ids: RuleId[] = [];
      let named = 0;
      const bodyStart = c.start + '<!--'.length;
      for (const w of m[3]!.matchAll(/[^\s,]+/g)) {
        named++;
        if (isRuleId(w[0])) ids.push(w[0]);
        else {
          const start = bodyStart + m[1]!.length + w.index;
          this.unknown.push({ id: w[0], start, end: start + w[0].length });
        }
      }
      if (named > 0 && ids.length === 0) continue;
      const rules: RuleId[] | 'all' = named === 0 ? 'all' : ids;
      if (m[2] === 'disable-next-line') this.#nextLine.set(a.lines.position(c.end).line + 1, rules);
      else this.#switches.push({ at: c.start, rules, on: m[2] === 'enable' });
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
