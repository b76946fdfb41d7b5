import { foldName, preferredName, type Spelling } from '@parley/dataset';
import type { Mention } from '../../analysis.js';
import { distance } from '../../citation/nearest.js';
import { defineRule, type Finding } from '../types.js';

type MessageId = 'deprecated' | 'houseStyle' | 'mixed' | 'nearMiss';

/** Folded words of a spelling, remembered for one check (spellings repeat through a draft). */
class Words {
  readonly #memo = new Map<string, string[]>();

  of(s: string): string[] {
    let w = this.#memo.get(s);
    if (w === undefined) {
      w = foldName(s).split(/[\s-]+/);
      this.#memo.set(s, w);
    }
    return w;
  }
}

/** Whether one list of words contains the other: one variant (Zelenskyy ⊂ Volodymyr Zelenskyy). */
const sameWords = (wa: readonly string[], wb: readonly string[]) => {
  const small = wa.length <= wb.length ? wa : wb;
  const big = small === wa ? wb : wa;
  for (const w of small) if (!big.includes(w)) return false;
  return true;
};

/** Two renderings of a word: the same word transliterated or spelled another way (Zelensky, Zelenskyy). */
const close = (a: string, b: string) =>
  a[0] === b[0] && distance(a, b, 2) <= Math.min(2, Math.floor(Math.min(a.length, b.length) / 2));

/**
 * Whether two spellings are rival renderings of one name: each word of the shorter is, in order, a word of
 * the longer or a rendering of one, and some word differs (Zelensky / Volodymyr Zelenskyy, Kyiv / Kiev).
 * Another name altogether (Britain / United Kingdom) is no rival.
 */
function rivals(wa: readonly string[], wb: readonly string[]): boolean {
  const [small, big] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  let j = 0;
  let differs = false;
  for (const w of small) {
    while (j < big.length && big[j] !== w && !close(w, big[j]!)) j++;
    if (j >= big.length) return false;
    if (big[j] !== w) differs = true;
    j++;
  }
  return differs;
}

/** Spellings of one name that are renderings of it, not an abbreviation, a formal name or a description. */
const rendering = (s: Spelling) => s.kind === 'name' || s.kind === 'short';

/** Keeps the draft's capitalisation style when the replacement is the same word ("kyiv" stays lower case). */
const matchCase = (used: string, text: string) => (used === used.toLowerCase() ? text.toLowerCase() : text);

/**
 * Deprecated spellings (Kiev), rival renderings of one name in one document (the minority is flagged),
 * spellings against the configured house style, and near misses of recorded names (Kyslytsana). Quoted
 * words are never respelled; an abbreviation, a formal name or a description beside the name is not a
 * second spelling of it.
 */
export const nameSpelling = defineRule<MessageId>({
  id: 'name/spelling',
  severity: 'warning',
  summary:
    'A deprecated spelling, a name spelled two ways in one document, a spelling against house style, or a misspelt recorded name.',
  messages: {
    deprecated: '“{used}” is a deprecated spelling[ ({note})][; use “{to}”].',
    houseStyle: 'House style spells this “{house}”, not “{used}”.',
    mixed: '“{used}” is spelled “{main}” elsewhere in this document ({count} {times}); use one spelling.',
    nearMiss: '“{used}” is not a recorded spelling; did you mean “{to}” ({name})?',
  },
  check({ model, analysis, spellings }) {
    const words = new Words();
    const accept = new Set(spellings.accept.map(foldName));
    const prefer = new Set(spellings.prefer.map(foldName));
    const out: Finding<MessageId>[] = [];
    const fixTo = (m: Mention, to: string | undefined) =>
      to
        ? {
            fixes: [
              {
                title: `Change to ${to}`,
                edits: [{ start: m.start, end: m.end, newText: matchCase(m.text, to) }],
              },
            ],
          }
        : {};
    /** The spelling of a variant that best replaces `used`: same number of words, closest letters. */
    const replacement = (used: string, candidates: readonly Spelling[]): string | undefined => {
      const n = words.of(used).length;
      const usable = candidates.filter((s) => s.status !== 'deprecated');
      const pool = usable.filter((s) => words.of(s.text).length === n);
      const f = foldName(used);
      return (pool.length > 0 ? pool : usable)
        .slice()
        .sort(
          (a, b) =>
            distance(f, foldName(a.text)) - distance(f, foldName(b.text)) ||
            (a.status === 'preferred' ? -1 : 0) - (b.status === 'preferred' ? -1 : 0),
        )[0]?.text;
    };
    const byRecord = new Map<string, { m: Mention; spelling: Spelling }[]>();
    for (const m of analysis.mentions) {
      if (m.inQuote || m.entries.length !== 1) continue;
      const entry = m.entries[0]!;
      const record = model.index.get(entry.id)?.record as { names: Spelling[] } | undefined;
      if (!record) continue;
      if (accept.size > 0 && accept.has(foldName(m.text))) continue;
      if (m.nearMiss) {
        out.push({
          start: m.start,
          end: m.end,
          messageId: 'nearMiss',
          data: { used: m.text, to: entry.spelling.text, name: preferredName(record.names) },
          evidence: [],
          ...fixTo(m, entry.spelling.text),
        });
        continue;
      }
      if (entry.spelling.status === 'deprecated') {
        const to = replacement(m.text, record.names.filter(rendering));
        out.push({
          start: m.start,
          end: m.end,
          messageId: 'deprecated',
          data: { used: m.text, note: entry.spelling.note ?? '', to: to ?? '' },
          evidence: [],
          ...fixTo(m, to),
        });
        continue;
      }
      const house = prefer.size > 0 ? record.names.filter((s) => prefer.has(foldName(s.text))) : [];
      if (
        house.length > 0 &&
        rendering(entry.spelling) &&
        !house.some((h) => sameWords(words.of(h.text), words.of(m.text)))
      ) {
        const variant = record.names.filter((s) =>
          house.some((h) => sameWords(words.of(h.text), words.of(s.text))),
        );
        out.push({
          start: m.start,
          end: m.end,
          messageId: 'houseStyle',
          data: { house: house[0]!.text, used: m.text },
          evidence: [],
          ...fixTo(m, replacement(m.text, variant)),
        });
        continue;
      }
      if (!rendering(entry.spelling)) continue;
      const list = byRecord.get(entry.id) ?? [];
      list.push({ m, spelling: entry.spelling });
      byRecord.set(entry.id, list);
    }
    // Rival renderings of one name in one document: flag the minority (ties: the one further from the preferred).
    for (const [id, uses] of byRecord) {
      const record = model.index.get(id)!.record as { names: Spelling[] };
      const classes: { key: string; keyWords: string[]; uses: typeof uses }[] = [];
      for (const u of uses) {
        const used = words.of(u.m.text);
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
      const preferred = words.of(preferredName(record.names));
      classes.sort(
        (a, b) =>
          b.uses.length - a.uses.length ||
          Number(sameWords(b.keyWords, preferred)) - Number(sameWords(a.keyWords, preferred)) ||
          a.uses[0]!.m.start - b.uses[0]!.m.start,
      );
      const main = classes[0]!;
      const mainSpellings = record.names.filter((s) =>
        main.uses.some((u) => sameWords(words.of(u.m.text), words.of(s.text))),
      );
      for (const c of classes.slice(1)) {
        if (!rivals(c.keyWords, main.keyWords)) continue;
        for (const u of c.uses) {
          out.push({
            start: u.m.start,
            end: u.m.end,
            messageId: 'mixed',
            data: {
              used: u.m.text,
              main: main.key,
              count: main.uses.length,
              times: main.uses.length === 1 ? 'time' : 'times',
            },
            evidence: [],
            ...fixTo(u.m, replacement(u.m.text, mainSpellings)),
          });
        }
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
});
