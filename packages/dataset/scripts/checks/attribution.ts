import type { Problem } from '../problem.js';
import { type Check, clip, containsWords, evidenceOf, names, problemAt } from './context.js';

/**
 * Whoever a record says stated or holds something is named where it says so:
 * - each of a figure's `attributedTo` in its `attribution` words (in an excerpt, when there are none);
 * - a quote's `speaker` in one of its excerpts (a second excerpt naming the speaker is the explicit
 *   reference when the quoting sentence says only "he said");
 * - a role's `person` in an excerpt of every source the role cites;
 * - a position's `statedBy` in one of its excerpts.
 * Words that stand for a party without naming it ("Moscow said") count when the record says so explicitly in
 * `referredToAs`, and those words must themselves be in an excerpt or the attribution.
 */
export const attribution: Check = (ctx) => {
  const problems: Problem[] = [];
  for (const r of ctx.records) {
    const evidence = evidenceOf(r);
    const excerpts = evidence.map((e) => e.excerpt);
    const referred = (r.record.referredToAs as { id: string; words: string }[] | undefined) ?? [];
    const namedIn = (id: string, texts: string[]) =>
      texts.some((t) => names(ctx, id, t)) ||
      referred.some((x) => x.id === id && texts.some((t) => containsWords(t, x.words)));
    const what = (id: string) => (ctx.byId.has(id) ? id : undefined);
    referred.forEach((x, i) => {
      const words = [...excerpts, String(r.record.attribution ?? '')];
      if (!words.some((t) => containsWords(t, x.words)))
        problems.push(
          problemAt(
            r,
            `referredToAs[${i}].words`,
            `"${x.words}" is in neither the attribution nor any excerpt`,
          ),
        );
    });
    if (r.kind === 'figure') {
      const words = r.record.attribution as string | undefined;
      // The attribution words, when printed, are where the source says whose figure it is: "reportedly"
      // names nobody, and an excerpt naming the SBU as the attacker does not make the count the SBU's.
      const where = words ? [words] : excerpts;
      (r.record.attributedTo as string[]).forEach((id, i) => {
        if (!what(id) || namedIn(id, where)) return;
        problems.push(
          problemAt(
            r,
            `attributedTo[${i}]`,
            words
              ? `"${id}" is not named by the attribution "${words}"; attribute the figure to whom it names, or say in referredToAs which of its words stand for ${id}`
              : `"${id}" is not named in any excerpt (${clip(excerpts[0] ?? '')}); attribute the figure to whom the source names, or add the excerpt that names them`,
          ),
        );
      });
    } else if (r.kind === 'quote' || r.kind === 'position') {
      const field = r.kind === 'quote' ? 'speaker' : 'statedBy';
      const id = r.record[field] as string | null | undefined;
      if (id && what(id) && !namedIn(id, excerpts)) {
        problems.push(
          problemAt(
            r,
            field,
            `"${id}" is not named in any excerpt ("${clip(excerpts[0] ?? '')}"); add an excerpt of the same source that names the ${r.kind === 'quote' ? 'speaker' : 'party stating it'}`,
          ),
        );
      }
    } else if (r.kind === 'role') {
      const id = String(r.record.person);
      if (!what(id)) continue;
      for (const source of new Set(evidence.map((e) => e.source))) {
        const from = evidence.filter((e) => e.source === source);
        if (from.some((e) => names(ctx, id, e.excerpt))) continue;
        const i = evidence.indexOf(from[0]!);
        problems.push(
          problemAt(
            r,
            `evidence[${i}].excerpt`,
            `no excerpt from ${source} names ${id} as holding the office; it says "${clip(from[0]!.excerpt)}"`,
          ),
        );
      }
    }
  }
  return problems;
};
