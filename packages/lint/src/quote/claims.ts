import type { Quote } from '@parley/dataset';
import { type Analysis, type Mention, mentionsIn, sentenceAt } from '../analysis.js';
import { sideOf } from '../figure/identity.js';
import type { LintModel } from '../model.js';
import { type Alignment, align } from './align.js';
import { speakerOf } from './attribution.js';
import type { QuoteSpan } from './spans.js';
import { type Token, tokenize } from './tokens.js';

/** Quoted words in the draft matched to a recorded quote. */
export interface QuoteClaim {
  span: QuoteSpan;
  sentence: number;
  words: Token[];
  quote: Quote;
  alignment: Alignment;
  /** Who the draft attributes the words to, when it says. */
  speaker?: Mention;
  verdict: 'ok' | 'mismatch' | 'misattributed';
}

const MIN_WORDS = 3;
/**
 * Words other than these a quotation must share with a recorded quote before it is called someone else's: a
 * short stock phrase ("satisfied with the results", "a complete ceasefire") is said by many.
 */
const MIN_DISTINCTIVE = 5;
const COMMON = new Set(
  'a an the and or but of to in on at for with by from as is are was were be been it its this that these those i we you he she they not no do will would should must our their his her my your us them me there here than then so if all any'.split(
    ' ',
  ),
);
const distinctive = (words: readonly Token[]) => words.filter((w) => !COMMON.has(w.word)).length;

/**
 * Whether words recorded as an organisation's may be its own people's: a head of the Russian delegation
 * repeating the delegation's phrase, a minister the government's, is no misattribution.
 */
function speaksFor(model: LintModel, person: string, organisation: string): boolean {
  const org = model.index.get(organisation);
  if (org?.kind !== 'organisation') return false;
  const roles = model.rolesByPerson.get(person) ?? [];
  if (roles.some((r) => r.organisation === organisation)) return true;
  const side = sideOf(model.index, organisation);
  return side !== undefined && side === sideOf(model.index, person);
}

/**
 * Countries whose officials speak English: only their recorded English words can be their own. Anyone
 * else's English words are an outlet's rendering, and outlets render one statement in different words
 * ("ready to present this memorandum" and "prepared to present a memorandum" are one sentence of Lavrov's).
 */
const ENGLISH_SPEAKING = new Set(['united-states', 'united-kingdom']);

/**
 * Whether a recorded quote's words are a rendering, not the speaker's own: the dataset says it is a
 * translation, or the speaker acts for a country whose officials do not speak English (or for none known).
 */
function rendered(model: LintModel, quote: Quote): boolean {
  if (quote.translation !== undefined) return true;
  const side = quote.speaker === null ? undefined : sideOf(model.index, quote.speaker);
  return side === undefined || !ENGLISH_SPEAKING.has(side);
}

const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor', 'without']);
const negations = (words: readonly string[]) =>
  words.filter((w) => NEGATIONS.has(w) || w.endsWith("n't")).length;
const numbersIn = (words: readonly string[]) =>
  words
    .filter((w) => /\d/.test(w))
    .sort()
    .join(' ');

/**
 * Whether a draft's rendering of a rendered quote changes its sense, as no translation would: a negation
 * more or fewer, or another number where the recorded words give one.
 */
function changesSense(draft: readonly string[], recorded: readonly string[], al: Alignment): boolean {
  const span = recorded.slice(al.from, al.to + 1);
  if (negations(draft) !== negations(span)) return true;
  const numbers = numbersIn(span);
  return numbers !== '' && numbers !== numbersIn(draft);
}

/** Matches each quotation in the draft against the recorded quotes and checks words and speaker. */
export function quoteClaims(model: LintModel, a: Analysis): QuoteClaim[] {
  const out: QuoteClaim[] = [];
  for (const span of a.quoteSpans) {
    const words = tokenize(a.folded.slice(span.start, span.end), span.start, true);
    if (words.length < MIN_WORDS) continue;
    const list = words.map((w) => w.word);
    let best: { i: number; al: Alignment; score: number } | undefined;
    for (const i of model.quoteCandidates(list, Math.min(2, list.length))) {
      const al = align(list, model.quotes[i]!.words);
      const score = al.fragment ? 2 : al.common / list.length;
      if (!best || score > best.score) best = { i, al, score };
    }
    if (!best) continue;
    const near = !best.al.fragment && best.score >= 0.6 && best.al.common >= 3;
    if (!best.al.fragment && !near) continue;
    const quote = model.quotes[best.i]!.quote;
    const si = sentenceAt(a, span.open);
    const sentence = a.sentences[si] ?? { start: span.open, end: span.close + 1 };
    const speaker = speakerOf(a, span, {
      start: sentence.start,
      end: Math.max(sentence.end, span.close + 1),
    });
    const said = speaker?.entries.map((e) => e.id) ?? [];
    const recordedSpeakerNamed =
      quote.speaker !== null &&
      mentionsIn(a.mentions, sentence.start, sentence.end).some((m) =>
        m.entries.some((e) => e.id === quote.speaker),
      );
    const sameSpeaker = quote.speaker !== null && said.includes(quote.speaker);
    const other =
      speaker !== undefined &&
      !sameSpeaker &&
      !recordedSpeakerNamed &&
      quote.speaker !== null &&
      distinctive(words) >= MIN_DISTINCTIVE &&
      !said.some((id) => speaksFor(model, id, quote.speaker!));
    let verdict: QuoteClaim['verdict'] = 'ok';
    if (best.al.fragment) {
      if (other) verdict = 'misattributed';
    } else if (sameSpeaker || (!speaker && recordedSpeakerNamed)) {
      // A rendering may be put in other words: only a change of sense is checked, and the speaker.
      if (rendered(model, quote) && !changesSense(list, model.quotes[best.i]!.words, best.al)) continue;
      verdict = 'mismatch';
    } else if (other && best.score >= 0.85) {
      verdict = 'misattributed';
    } else continue;
    // Two literals rather than a spread: the same properties in the same order, built directly.
    const alignment = best.al;
    out.push(
      speaker
        ? { span, sentence: si, words, quote, alignment, speaker, verdict }
        : { span, sentence: si, words, quote, alignment, verdict },
    );
  }
  return out;
}
