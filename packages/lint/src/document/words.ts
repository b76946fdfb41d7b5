/**
 * A test for whether any of some words stands alone in a text (no letter on either side), as
 * `/(?<![\p{L}])(?:WORDS)(?![\p{L}])/u` tells, but quicker: a plain scan finds where one of the words
 * begins, and only there is the whole pattern tried. `alternation` is a regex alternation of plain words
 * (ASCII letters, spaces, character classes), which both kinds of regex read alike.
 */
export function standsAlone(alternation: string): (text: string) => boolean {
  const anywhereSource = `(?:${alternation})`;
  const hereSource = `(?<![\\p{L}])(?:${alternation})(?![\\p{L}])`;
  return (text) => {
    // Regexes of this call's own: a global or sticky regex keeps its position between calls.
    const anywhere = new RegExp(anywhereSource, 'g');
    const here = new RegExp(hereSource, 'uy');
    for (let m = anywhere.exec(text); m; m = anywhere.exec(text)) {
      here.lastIndex = m.index;
      if (here.test(text)) return true;
      anywhere.lastIndex = m.index + 1;
    }
    return false;
  };
}
