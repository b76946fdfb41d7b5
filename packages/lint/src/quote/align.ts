/** How a draft's quoted words relate to a recorded quote. */
export interface Alignment {
  /** Draft words found, in order, in the recorded quote (longest common subsequence). */
  common: number;
  /** The draft's words are a contiguous run of the recorded quote's: a whole or partial quote. */
  fragment: boolean;
  /** First and last recorded word (indexes) the draft's words align with. */
  from: number;
  to: number;
  /** Per draft word: the recorded word index it aligns with, or -1 (changed or added). */
  map: number[];
}

/** Longest-common-subsequence alignment of two word lists; quotes are short, so O(n·m) is fine. */
export function align(draft: readonly string[], recorded: readonly string[]): Alignment {
  const n = draft.length;
  const m = recorded.length;
  // Contiguous run first: the common case of a correct (partial) quote.
  if (n <= m) {
    outer: for (let s = 0; s + n <= m; s++) {
      for (let k = 0; k < n; k++) if (draft[k] !== recorded[s + k]) continue outer;
      return { common: n, fragment: true, from: s, to: s + n - 1, map: draft.map((_, k) => s + k) };
    }
  }
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] =
        draft[i] === recorded[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const map = new Array<number>(n).fill(-1);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (draft[i] === recorded[j]) {
      map[i++] = j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  const matched = map.filter((x) => x >= 0);
  return {
    common: dp[0]![0]!,
    fragment: false,
    from: matched.length ? Math.min(...matched) : 0,
    to: matched.length ? Math.max(...matched) : 0,
    map,
  };
}
