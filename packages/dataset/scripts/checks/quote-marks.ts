import type { LoadedRecord } from '../load.js';
import type { Problem } from '../problem.js';
import { foldWhitespace } from '../provenance.js';
import { type Check, type CheckContext, clip, evidenceOf, names, problemAt } from './context.js';

const OPENING = new Set(['“', '"', '‘', "'", '«', '„']);
const CLOSING = new Set(['”', '"', '’', "'", '»', '“']);

/**
 * A quote's text is words the source prints inside quotation marks: in some excerpt, the text is preceded by
 * an opening mark and followed (after at most a closing punctuation mark the source puts inside) by a closing
 * one. Narration around the quotation is not the quote. The text stops where the quoted words do: no
 * trailing comma, which belongs to the sentence that carries the quote. An embedded post (`embedded: true`)
 * has no marks: its text is a whole excerpt, and another excerpt of the same source is its signature line,
 * a dash and the speaker's name.
 */
export const quoteMarks: Check = (ctx) => {
  const problems: Problem[] = [];
  for (const r of ctx.records) {
    if (r.kind !== 'quote') continue;
    const text = String(r.record.text).replace(/\s+/g, ' ').trim();
    if (/[,;:]$/.test(text)) {
      problems.push(
        problemAt(
          r,
          'text',
          `ends with "${text.at(-1)}", which is the quoting sentence's punctuation, not the speaker's words`,
        ),
      );
    }
    const body = text.replace(/[,;:]$/, '');
    if (r.record.embedded === true) {
      problems.push(...embeddedPost(ctx, r, body));
      continue;
    }
    const quoted = evidenceOf(r).some((e) => {
      const folded = foldWhitespace(e.excerpt).folded;
      for (let i = folded.indexOf(body); i >= 0; i = folded.indexOf(body, i + 1)) {
        const before = folded.slice(0, i).trimEnd().at(-1);
        const after = folded
          .slice(i + body.length)
          .replace(/^[.,;:!?…]/, '')
          .trimStart()[0];
        if (before && after && OPENING.has(before) && CLOSING.has(after)) return true;
      }
      return false;
    });
    if (!quoted) {
      const e = evidenceOf(r)[0];
      problems.push(
        problemAt(
          r,
          'text',
          `"${clip(text, 60)}" is not inside quotation marks in any excerpt; the excerpt reads "${clip(e?.excerpt ?? '')}"`,
        ),
      );
    }
  }
  return problems;
};

function embeddedPost(ctx: CheckContext, r: LoadedRecord, body: string): Problem[] {
  const evidence = evidenceOf(r);
  const own = evidence.find((e) => foldWhitespace(e.excerpt).folded.trim() === body);
  if (!own)
    return [
      problemAt(r, 'text', 'an embedded post is a whole excerpt of its own; no excerpt is exactly the text'),
    ];
  const speaker = r.record.speaker as string | null;
  const signed = evidence.some(
    (e) =>
      e !== own &&
      e.source === own.source &&
      /^[–—-]/.test(e.excerpt.trim()) &&
      !!speaker &&
      names(ctx, speaker, e.excerpt),
  );
  return signed
    ? []
    : [
        problemAt(
          r,
          'embedded',
          `no excerpt from ${own.source} is the post's signature ("– Name …") naming ${speaker}`,
        ),
      ];
}
