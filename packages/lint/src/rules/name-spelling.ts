import { foldName, type Spelling } from '@parley/dataset';
import type { Mention } from '../analysis.js';
import { distance } from '../citation/nearest.js';
import type { Finding, Rule } from './types.js';

// Mention texts are spellings from the dataset in a few casings, so these memos stay small.
const foldMemo = new Map<string, string>();
const fold = (s: string): string => {
  let f = foldMemo.get(s);
  if (f === undefined) {
    f = foldName(s);
    foldMemo.set(s, f);
  }
  return f;
};
const wordsMemo = new Map<string, string[]>();
const words = (s: string): string[] => {
  let w = wordsMemo.get(s);
  if (w === undefined) {
    w = fold(s).split(/[\s-]+/);
    wordsMemo.set(s, w);
  }
  return w;
};
/** Whether one list of words contains the other. */
const sameWords = (wa: readonly string[], wb: readonly string[]) => {
  const small = wa.length <= wb.length ? wa : wb;
  const big = small === wa ? wb : wa;
  for (const w of small) if (!big.includes(w)) return false;
  return true;
};
/** Two spellings are the same variant when one's words contain the other's (Zelenskyy ⊂ Volodymyr Zelenskyy). */
const sameVariant = (a: string, b: string) => sameWords(words(a), words(b));

/** The spelling of `target`'s variant that best replaces `used`: same number of words, closest letters. */
function replacement(used: string, candidates: Spelling[]): string | undefined {
  const n = words(used).length;
  const pool = candidates.filter((s) => s.status !== 'deprecated' && words(s.text).length === n);
  const ranked = (pool.length > 0 ? pool : candidates.filter((s) => s.status !== 'deprecated')).sort(
    (a, b) =>
      distance(fold(used), fold(a.text)) - distance(fold(used), fold(b.text)) ||
      (a.status === 'preferred' ? -1 : 0) - (b.status === 'preferred' ? -1 : 0),
  );
  return ranked[0]?.text;
}

/** The fix replacing a mention with `to`, if there is one. */
const fix = (m: Mention, to: string | undefined, title: string) =>
  to ? { fixes: [{ title, edits: [{ start: m.start, end: m.end, newText: matchCase(m.text, to) }] }] } : {};

/** Keeps the draft's capitalisation style when the replacement is the same word ("kyiv" stays lower case). */
const matchCase = (used: string, text: string) => (used === used.toLowerCase() ? text.toLowerCase() : text);

/**
 * Deprecated spellings (Kiev), two spellings of one name in one document (the minority is flagged), and
 * spellings that break the configured house style. Quoted words are never respelled.
 */
export const nameSpelling: Rule = {
  id: 'name/spelling',
  severity: 'warning',
  summary:
    'A deprecated spelling, a name spelled two ways in one document, or a spelling against house style.',
  check({ model, analysis, spellings }) {
    const accept = new Set(spellings.accept.map(foldName));
    const prefer = new Set(spellings.prefer.map(foldName));
    const out: Finding[] = [];
    const byRecord = new Map<string, { m: Mention; spelling: Spelling }[]>();
    for (const m of analysis.mentions) {
      if (m.inQuote || m.entries.length !== 1) continue;
      const entry = m.entries[0]!;
      const record = model.index.get(entry.id)?.record as { names: Spelling[] } | undefined;
      if (!record) continue;
      if (accept.size > 0 && accept.has(fold(m.text))) continue;
      if (entry.spelling.status === 'deprecated') {
        const to = replacement(m.text, record.names);
        out.push({
          start: m.start,
          end: m.end,
          message: `“${m.text}” is a deprecated spelling${entry.spelling.note ? ` (${entry.spelling.note})` : ''}${to ? `; use “${to}”` : ''}.`,
          evidence: [],
          ...fix(m, to, `Change to ${to}`),
        });
        continue;
      }
      const house = prefer.size > 0 ? record.names.filter((s) => prefer.has(fold(s.text))) : [];
      if (house.length > 0 && !house.some((h) => sameVariant(h.text, m.text))) {
        const variant = record.names.filter((s) => house.some((h) => sameVariant(h.text, s.text)));
        const to = replacement(m.text, variant);
        out.push({
          start: m.start,
          end: m.end,
          message: `House style spells this “${house[0]!.text}”, not “${m.text}”.`,
          evidence: [],
          ...fix(m, to, `Change to ${to}`),
        });
        continue;
      }
      const list = byRecord.get(entry.id) ?? [];
      list.push({ m, spelling: entry.spelling });
      byRecord.set(entry.id, list);
    }
    // Two variants of one name in one document: flag the minority (ties: the one further from the preferred).
    for (const [id, uses] of byRecord) {
      const record = model.index.get(id)!.record as { names: Spelling[] };
      const classes: { key: string; keyWords: string[]; uses: typeof uses }[] = [];
      for (const u of uses) {
        const used = words(u.m.text);
        const c = classes.find((x) => sameWords(x.keyWords, used));
        if (c) {
          c.uses.push(u);
          if (used.length > c.keyWords.length) {
            c.key = u.m.text;
            c.keyWords = used;
          }
        } else classes.push({ key: u.m.text, keyWords: used, uses: [u] });
      }
      if (classes.length < 2) continue;
      const preferred = record.names.find((s) => s.status === 'preferred')!;
      classes.sort(
        (a, b) =>
          b.uses.length - a.uses.length ||
          Number(sameVariant(b.key, preferred.text)) - Number(sameVariant(a.key, preferred.text)) ||
          a.uses[0]!.m.start - b.uses[0]!.m.start,
      );
      const main = classes[0]!;
      const mainSpellings = record.names.filter((s) => main.uses.some((u) => sameVariant(u.m.text, s.text)));
      for (const c of classes.slice(1)) {
        for (const u of c.uses) {
          const to = replacement(u.m.text, mainSpellings);
          out.push({
            start: u.m.start,
            end: u.m.end,
            message: `“${u.m.text}” is spelled “${main.key}” elsewhere in this document (${main.uses.length} time${main.uses.length === 1 ? '' : 's'}); use one spelling.`,
            evidence: [],
            ...(to
              ? {
                  fixes: [
                    {
                      title: `Change to ${to}`,
                      edits: [{ start: u.m.start, end: u.m.end, newText: matchCase(u.m.text, to) }],
                    },
                  ],
                }
              : {}),
          });
        }
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
