/**
 * Where the next of some landmarks (strings, or a global regex) stands in a text, from a position that only
 * moves forward: each landmark is searched for once per occurrence, so a scanner can jump between the few
 * characters that matter to it instead of visiting every one.
 */
export class Landmarks {
  readonly #next: number[];

  constructor(
    readonly text: string,
    readonly landmarks: readonly (string | RegExp)[],
  ) {
    this.#next = landmarks.map(() => -1);
  }

  /** The first position at or after `from` where a landmark begins, or the text's length. */
  from(from: number): number {
    const { text, landmarks } = this;
    const next = this.#next;
    let nearest = text.length;
    for (let k = 0; k < next.length; k++) {
      if (next[k]! < from) {
        const landmark = landmarks[k]!;
        let at: number;
        if (typeof landmark === 'string') at = text.indexOf(landmark, from);
        else {
          landmark.lastIndex = from;
          at = landmark.exec(text)?.index ?? -1;
        }
        next[k] = at < 0 ? text.length : at;
      }
      if (next[k]! < nearest) nearest = next[k]!;
    }
    return nearest;
  }
}
