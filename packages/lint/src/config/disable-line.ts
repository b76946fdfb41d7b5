import type { RuleId } from '../rules/types.js';

const FENCE = /^\s*(```|~~~)/;

/**
 * The insertion that silences `rule` on the line holding `offset`, with
 * `<!-- parley-disable-next-line RULE -->`, as `[start, end)` of `text` and the text to put there.
 *
 * The comment goes on its own line above, indented like the line. When the line continues a paragraph (the
 * line above is prose), a comment line would split the paragraph when rendered (an HTML comment at the start
 * of a line starts an HTML block), so the comment is appended to the line above instead, where it stays
 * inline; {@link Directives} reads it as applying to the next line either way. A directive already on the
 * line above gets the rule added to it.
 */
export function disableLineEdit(
  text: string,
  offset: number,
  rule: RuleId,
): { start: number; end: number; newText: string } {
  const comment = `<!-- parley-disable-next-line ${rule} -->`;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  if (lineStart > 0) {
    const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const above = text.slice(aboveStart, lineStart - 1).replace(/\r$/, '');
    const directive = /(<!--\s*parley-disable-next-line\b.*?)(\s*-->)\s*$/.exec(above);
    if (directive) {
      const at = aboveStart + directive.index + directive[1]!.length;
      return { start: at, end: at, newText: ` ${rule}` };
    }
    const prose = above.trim() !== '' && !FENCE.test(above) && !/-->\s*$/.test(above) && !/^\s*#/.test(above);
    if (prose) {
      const end = aboveStart + above.length;
      return { start: end, end, newText: ` ${comment}` };
    }
  }
  return { start: lineStart, end: lineStart, newText: `${indent}${comment}\n` };
}
