import { evidenceOfStatement, type Statement, sourcesOfStatement } from '../../statement/statements.js';
import { defineRule, type Finding } from '../types.js';

/** Whether one of these sources reports a statement. */
function reportedBy(s: Statement, keys: readonly string[]): boolean {
  for (const r of s.records) for (const e of r.evidence) if (keys.includes(e.source)) return true;
  return false;
}

/** A checkable statement whose cited sources do not report it; says which source does. */
export const citationUnsupported = defineRule({
  id: 'citation/unsupported',
  severity: 'warning',
  summary: 'A checkable statement whose cited source does not report it.',
  messages: { unsupported: '{cited} does not report {what}; {sources} does.' },
  check({ model, statements, citedBySentence }) {
    const known = new Set(model.sourceKeys);
    const out: Finding<'unsupported'>[] = [];
    // The known keys each sentence cites (sentences hold several statements).
    const knownBySentence = new Map<number, string[]>();
    for (const s of statements) {
      let keys = knownBySentence.get(s.sentence);
      if (keys === undefined) {
        keys = (citedBySentence.get(s.sentence) ?? []).filter((k) => known.has(k));
        knownBySentence.set(s.sentence, keys);
      }
      if (keys.length === 0 || reportedBy(s, keys)) continue;
      out.push({
        start: s.start,
        end: s.end,
        messageId: 'unsupported',
        data: {
          cited: keys.map((k) => `@${k}`).join(', '),
          what: s.what(),
          sources: sourcesOfStatement(s)
            .map((k) => `@${k}`)
            .join(', '),
        },
        evidence: evidenceOfStatement(s),
      });
    }
    return out;
  },
});
