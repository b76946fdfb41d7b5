import { nearest } from '../../citation/nearest.js';
import { defineRule, type Finding } from '../types.js';

/** `[@key]` that is no source in the dataset; suggests the nearest key. */
export const citationUnknownKey = defineRule({
  id: 'citation/unknown-key',
  severity: 'error',
  summary: 'A citation key that is no source in the dataset.',
  messages: {
    unknown: 'Unknown source key “@{key}”. Known keys: {keys}.',
    didYouMean: 'Unknown source key “@{key}”. Did you mean “@{suggestion}” ({title})?',
  },
  check({ model, analysis }) {
    const known = new Set(model.sourceKeys);
    const out: Finding<'unknown' | 'didYouMean'>[] = [];
    // A mistyped key is often typed again: its nearest key is looked for once per check.
    const suggestions = new Map<string, string | undefined>();
    for (const c of analysis.citations) {
      for (const k of c.keys) {
        if (known.has(k.key)) continue;
        let suggestion = suggestions.get(k.key);
        if (suggestion === undefined && !suggestions.has(k.key)) {
          suggestion = nearest(k.key, model.sourceKeys);
          suggestions.set(k.key, suggestion);
        }
        if (!suggestion) {
          out.push({
            start: k.start,
            end: k.end,
            messageId: 'unknown',
            data: { key: k.key, keys: model.sourceKeys.join(', ') },
            evidence: [],
          });
          continue;
        }
        out.push({
          start: k.start,
          end: k.end,
          messageId: 'didYouMean',
          data: { key: k.key, suggestion, title: model.index.nameOf(suggestion) },
          evidence: [],
          fixes: [
            {
              title: `Change to @${suggestion}`,
              edits: [{ start: k.start + 1, end: k.end, newText: suggestion }],
            },
          ],
        });
      }
    }
    return out;
  },
});
