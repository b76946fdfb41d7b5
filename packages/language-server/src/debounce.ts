/** How long to wait after a change before re-checking, in milliseconds. */
export interface DebounceOptions {
  /** A fixed delay, overriding the adaptive one (`initializationOptions.debounceMs`). */
  fixedMs?: number;
  /** Floor of the delay while busy: coalesces a burst of changes (a paste, key repeat, multi-cursor typing). */
  minMs: number;
  /** Ceiling of the delay, so even a huge draft is re-checked soon after typing pauses. */
  maxMs: number;
}

export const DEFAULT_DEBOUNCE: DebounceOptions = { minMs: 5, maxMs: 300 };

/**
 * An adaptive debounce that costs nothing when the server is idle.
 *
 * A fixed debounce long enough for a slow check (say 300 ms) adds that wait to every keystroke, even on a
 * draft that takes 2 ms to check; one short enough for small drafts re-checks a large draft on every key
 * of a burst. So: when the last check ended at least one check-duration ago (the usual case while someone
 * types, a key every 100–200 ms), the next check starts at once. When changes arrive faster than that (a
 * paste, key repeat, an editor's batch of edits), the check waits for a pause as long as a check takes
 * (the document's own recent check time, an exponential moving average, within [minMs, maxMs]), so the
 * server spends at most about half its time checking and never falls behind the typing.
 */
export class AdaptiveDebounce {
  #average: number | undefined;
  #lastEnd = Number.NEGATIVE_INFINITY;

  constructor(readonly options: DebounceOptions = DEFAULT_DEBOUNCE) {}

  /** The recent check time this debounce follows, in ms (undefined before the first check). */
  get average(): number | undefined {
    return this.#average;
  }

  /** The delay to wait for a change arriving at `now` (a `performance.now()` time). */
  delay(now: number): number {
    if (this.options.fixedMs !== undefined) return this.options.fixedMs;
    const estimate = this.#average ?? 0;
    if (now - this.#lastEnd >= estimate) return 0;
    return Math.min(this.options.maxMs, Math.max(this.options.minMs, Math.round(estimate)));
  }

  /** Records a check that took `ms` and ended at `end`. */
  record(ms: number, end: number): void {
    this.#average = this.#average === undefined ? ms : this.#average * 0.7 + ms * 0.3;
    this.#lastEnd = end;
  }
}
