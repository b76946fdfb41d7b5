import type { Quote } from '@parley/dataset';
import { type Analysis, type Mention, mentionsIn, sentenceAt } from '../analysis.js';
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
    let verdict: QuoteClaim['verdict'] = 'ok';
    if (best.al.fragment) {
      if (speaker && !sameSpeaker && !recordedSpeakerNamed && quote.speaker !== null && words.length >= 4)
        verdict = 'misattributed';
    } else if (sameSpeaker || (!speaker && recordedSpeakerNamed)) {
      verdict = 'mismatch';
    } else if (speaker && quote.speaker !== null && !recordedSpeakerNamed && best.score >= 0.85) {
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
