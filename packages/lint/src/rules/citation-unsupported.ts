import {
  citedBySentence,
  evidenceOfStatement,
  type Statement,
  sourcesOfStatement,
  statements,
} from './statements.js';
import type { Finding, Rule } from './types.js';

/** Whether one of these sources reports a statement. */
function reportedBy(s: Statement, keys: readonly string[]): boolean {
  for (const r of s.records) for (const e of r.evidence) if (keys.includes(e.source)) return true;
  return false;
}

/** A checkable statement whose cited sources do not report it; says which source does. */
export const citationUnsupported: Rule = {
  id: 'citation/unsupported',
  severity: 'warning',
  summary: 'A checkable statement whose cited source does not report it.',
  check(ctx) {
    const cited = citedBySentence(ctx);
    const known = new Set(ctx.model.sourceKeys);
    const out: Finding[] = [];
    // The known keys each sentence cites (sentences hold several statements).
    const knownBySentence = new Map<number, string[]>();
    for (const s of statements(ctx)) {
      let keys = knownBySentence.get(s.sentence);
      if (keys === undefined) {
        keys = (cited.get(s.sentence) ?? []).filter((k) => known.has(k));
        knownBySentence.set(s.sentence, keys);
      }
      if (keys.length === 0) continue;
      if (reportedBy(s, keys)) continue;
      const sources = sourcesOfStatement(s);
      out.push({
        start: s.start,
        end: s.end,
        message: `${keys.map((k) => `@${k}`).join(', ')} does not report ${s.what()}; ${sources.map((k) => `@${k}`).join(', ')} does.`,
        evidence: evidenceOfStatement(s),
      });
    }
    return out;
  },
};
