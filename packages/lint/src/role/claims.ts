import type { Role } from '@parley/dataset';
import { type Analysis, type Mention, sentenceAt } from '../analysis.js';
import type { LintModel } from '../model.js';

/** A title the draft gives a person: "Foreign Minister Rustem Umerov", "Rustem Umerov, the defence minister". */
export interface RoleClaim {
  person: string;
  personMention: Mention;
  title: Mention;
  /** Country qualifier before the title ("Turkish", "Ukraine's"), if any. */
  qualifier?: string;
  sentence: number;
  /** The person's offices that carry this title. */
  matching: Role[];
  /** Every office the dataset records for the person. */
  held: Role[];
  /** The draft calls the office a former one ("former President", "ex-minister"). */
  former: boolean;
  agrees: boolean;
}

const BEFORE_GAP = /^[ \t\u00a0]*,?[ \t\u00a0]*$/;
const APPOSITION = /^,[ \t\u00a0]+(?:(?:the|a|an)[ \t\u00a0]+)?$/;
const COMPLEMENT = /(?:^|[^a-z])(?:to|of|for|with|by|from)\s+(?:the\s+)?$/;
const FORMER = /(?:^|[^a-z])(?:former|ex-)\s*$/;
const APPOSITION_END = /^(?:\s*[,.;:)\]]|\s*$|\s+(?:who|and|said|says|told|has|had|was|is|will|would)\b)/;

/** Titles written next to a person's name, checked against the offices the person held. */
export function roleClaims(model: LintModel, a: Analysis): RoleClaim[] {
  const out: RoleClaim[] = [];
  if (a.titles.length === 0) return out;
  const titleEndingAt = new Map<number, Mention>();
  const titleStartingAt = new Map<number, Mention>();
  for (const t of a.titles) {
    if (t.inQuote) continue;
    titleEndingAt.set(t.end, t);
    titleStartingAt.set(t.start, t);
  }
  const qualifierEndingAt = new Map<number, (typeof a.qualifiers)[number]>();
  for (const q of a.qualifiers) qualifierEndingAt.set(q.end, q);
  for (const m of a.mentions) {
    if (m.inQuote) continue;
    let person: string | undefined;
    let persons = 0;
    for (const e of m.entries) {
      if (e.kind !== 'person') continue;
      person = e.id;
      persons++;
    }
    if (persons !== 1 || person === undefined) continue;
    let title: Mention | undefined;
    // Title before the name, at most a comma and spaces between.
    for (let back = 0; back <= 3 && !title; back++) {
      const t = titleEndingAt.get(m.start - back);
      if (t && BEFORE_GAP.test(a.text.slice(t.end, m.start))) title = t;
    }
    // Apposition after the name: ", the head of the Russian delegation,".
    if (!title && a.folded.charCodeAt(m.end) === 44 /* , */) {
      const after = a.folded.slice(m.end, m.end + 40);
      const lead = /^,[ \t\u00a0]+(?:(?:the|a|an)[ \t\u00a0]+)?(?:[\p{L}.'’]+[ \t\u00a0]+)?/u.exec(after);
      if (lead) {
        for (const len of [lead[0].length, lead[0].replace(/(?:[\p{L}.'’]+[ \t\u00a0]+)$/u, '').length]) {
          const t = titleStartingAt.get(m.end + len);
          if (!t) continue;
          const between = a.folded.slice(m.end, t.start);
          const qualifierWord = between.replace(APPOSITION, '');
          if (len !== lead[0].length || APPOSITION.test(between) || qualifierWord) {
            if (APPOSITION_END.test(a.folded.slice(t.end, t.end + 12))) title = t;
          }
          if (title) break;
        }
      }
    }
    if (!title) continue;
    // A qualifier just before the title: "Turkish Foreign Minister", "Ukraine's deputy foreign minister".
    let qualifier: string | undefined;
    let lead = title.start;
    for (let back = 1; back <= 2 && !qualifier; back++) {
      const q = qualifierEndingAt.get(title.start - back);
      qualifier = q?.place;
      if (q) lead = q.start;
    }
    // "aide to the Russian President, Vladimir Medinsky": the title is another noun's complement, not his.
    if (COMPLEMENT.test(a.folded.slice(Math.max(0, lead - 12), lead))) continue;
    const held = model.rolesByPerson.get(person) ?? model.index.rolesOf(person);
    if (held.length === 0) continue;
    const roleIds = new Set(title.entries.map((e) => e.id));
    let matching = held.filter((r) => roleIds.has(r.id));
    if (qualifier && matching.length > 0) {
      const fits = matching.filter((r) => !r.jurisdiction || r.jurisdiction === qualifier);
      matching = fits;
    }
    // Two literals rather than a spread: the same properties in the same order, built directly.
    const sentence = sentenceAt(a, m.start);
    // "former President Donald Trump": the office must have ended.
    const former = FORMER.test(a.folded.slice(Math.max(0, lead - 10), lead));
    const agrees =
      matching.length > 0 && (!former || matching.some((r) => r.former === true || r.to !== undefined));
    out.push(
      qualifier
        ? { person, personMention: m, title, qualifier, sentence, matching, held, former, agrees }
        : { person, personMention: m, title, sentence, matching, held, former, agrees },
    );
  }
  return out;
}
