import type { MessageData } from './types.js';

/**
 * Fills a message template: `{name}` takes `data.name`; a `[…]` section is kept only when every
 * placeholder in it has a non-empty value ("a deprecated spelling[ ({note})]"). One pass over the
 * template, no regex: a long draft's hundreds of findings each fill one.
 */
export function formatMessage(template: string, data: MessageData): string {
  let out = '';
  let section = '';
  let inSection = false;
  let keep = true;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch === '[' && !inSection) {
      inSection = true;
      keep = true;
      section = '';
      continue;
    }
    if (ch === ']' && inSection) {
      if (keep) out += section;
      inSection = false;
      continue;
    }
    let piece = ch;
    if (ch === '{') {
      const close = template.indexOf('}', i + 1);
      const name = close > i ? template.slice(i + 1, close) : '';
      if (/^\w+$/.test(name)) {
        const v = data[name];
        piece = v === undefined ? '' : String(v);
        if (piece === '') keep = false;
        i = close;
      }
    }
    if (inSection) section += piece;
    else out += piece;
  }
  // An unclosed "[" is text, as the pattern it replaces read it.
  return inSection ? `${out}[${section}` : out;
}
