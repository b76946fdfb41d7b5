/**
 * Folds a name for lookup: case, diacritics, apostrophe and dash variants, and spacing are ignored,
 * so "Çırağan", "ciragan" and "CIRAGAN" meet, and "Zelenskyy’s" can be matched as "zelenskyy's".
 *
 * Folding is length-preserving per UTF-16 unit where it can be (one output character for each input
 * character that survives), which lets the linter map matches back to the draft.
 */
export function foldName(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD')) {
    const c = ch.charCodeAt(0);
    // Combining marks (U+0300–U+036F) carry the diacritics: drop them.
    if (c >= 0x300 && c <= 0x36f) continue;
    out += foldChar(ch);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Folds one character: lower case, dotless i, typographic apostrophes and dashes. */
export function foldChar(ch: string): string {
  switch (ch) {
    case '\u2019':
    case '\u2018':
    case '\u02bc':
    case '`':
      return "'";
    case '\u2010':
    case '\u2011':
    case '\u2012':
    case '\u2013':
    case '\u2014':
      return '-';
    case '\u0131':
    case '\u0130':
      return 'i';
    case '\u00a0':
    case '\u202f':
      return ' ';
    default:
      return ch.toLowerCase();
  }
}
