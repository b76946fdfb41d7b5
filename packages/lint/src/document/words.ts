/**
 * A test for whether any of some words stands alone in a text (no letter on either side):
 * `/(?<![\p{L}])(?:WORDS)(?![\p{L}])/u`. `alternation` is a regex alternation of plain words (ASCII letters,
 * spaces, character classes). The regex is built once per test, and has neither the g nor the y flag, so
 * it keeps no position between calls (building regexes on every call cost more than the scan itself).
 */
export function standsAlone(alternation: string): (text: string) => boolean {
  const alone = new RegExp(`(?<![\\p{L}])(?:${alternation})(?![\\p{L}])`, 'u');
  return (text) => alone.test(text);
}
