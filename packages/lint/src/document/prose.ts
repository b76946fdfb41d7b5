import { Landmarks } from './landmarks.js';

/**
 * Markdown to prose, without a Markdown parser: everything that is not running text (front matter, code
 * blocks and spans, HTML comments and tags, URLs, link targets, reference definitions) is blanked out with
 * spaces, keeping newlines, so every offset in the prose is the same offset in the draft. One linear pass.
 */

/** An HTML comment, kept for inline directives (`<!-- parley-disable ... -->`). */
export interface Comment {
  start: number;
  end: number;
  body: string;
}

export interface Prose {
  /** Same length as the draft; non-prose characters replaced by spaces, newlines kept. */
  text: string;
  comments: Comment[];
}

/** Ranges to blank, in order; applied once at the end (cheaper than editing a character array). */
type Blanks = [number, number][];
const blank = (ranges: Blanks, start: number, end: number) => {
  if (end > start) ranges.push([start, end]);
};

function apply(source: string, ranges: Blanks): string {
  if (ranges.length === 0) return source;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    const nl = source.indexOf('\n', start);
    parts.push(
      source.slice(at, start),
      nl < 0 || nl >= end ? ' '.repeat(end - start) : source.slice(start, end).replace(/[^\n]/g, ' '),
    );
    at = end;
  }
  parts.push(source.slice(at));
  return parts.join('');
}

/** Only a newline, '<', '`', '](' or a URL can begin anything after a line's start. */
const LANDMARKS = ['\n', '<', '`', '](', /https?:\/\/|www\./g];

export function toProse(source: string): Prose {
  const chars: Blanks = [];
  const comments: Comment[] = [];
  const n = source.length;
  let i = 0;

  // Front matter: a --- block at the very top.
  const fm = /^(?:---|\+\+\+)[ \t]*\r?\n/.exec(source);
  if (fm) {
    const fence = fm[0].trim();
    const close = new RegExp(
      `\\n${fence === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`,
      'g',
    );
    close.lastIndex = fm[0].length - 1;
    const m = close.exec(source);
    if (m) {
      blank(chars, 0, m.index + m[0].length);
      i = m.index + m[0].length;
    }
  }

  let lineStart = true;
  const landmarks = new Landmarks(source, LANDMARKS);
  let fence: { char: string; len: number } | null = null;
  let prevBlank = true;
  while (i < n) {
    if (lineStart) {
      const eol = source.indexOf('\n', i);
      const end = eol < 0 ? n : eol;
      const line = source.slice(i, end);
      if (fence) {
        const close = /^ {0,3}([`~]+)[ \t]*\r?$/.exec(line);
        if (close && close[1]![0] === fence.char && close[1]!.length >= fence.len) fence = null;
        blank(chars, i, end);
        i = end + 1;
        continue;
      }
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open) {
        fence = { char: open[1]![0]!, len: open[1]!.length };
        blank(chars, i, end);
        i = end + 1;
        continue;
      }
      // Indented code block: only after a blank line, so wrapped list items are not taken for code.
      if (prevBlank && /^(?: {4}|\t)\S/.test(line)) {
        blank(chars, i, end);
        i = end + 1;
        continue;
      }
      // Link reference definition: [label]: url "title"
      if (/^ {0,3}\[[^\]]+\]:\s*\S/.test(line) && !/^ {0,3}\[@/.test(line)) {
        blank(chars, i, end);
        i = end + 1;
        continue;
      }
      prevBlank = !/\S/.test(line);
      lineStart = false;
    }
    i = landmarks.from(i);
    if (i >= n) break;
    const c = source.charCodeAt(i);
    if (c === 10 /* \n */) {
      lineStart = true;
      i++;
      continue;
    }
    if (c === 60 /* < */) {
      if (source.startsWith('<!--', i)) {
        const close = source.indexOf('-->', i + 4);
        const end = close < 0 ? n : close + 3;
        comments.push({ start: i, end, body: source.slice(i + 4, close < 0 ? n : close) });
        blank(chars, i, end);
        i = end;
        continue;
      }
      // Autolink or HTML tag.
      const tag = /^<(?:[a-zA-Z][\w+.-]*:[^\s<>]*|\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?)>/.exec(
        source.slice(i, i + 500),
      );
      if (tag) {
        blank(chars, i, i + tag[0].length);
        i += tag[0].length;
        continue;
      }
    }
    if (c === 96 /* ` */) {
      let run = 1;
      while (source.charCodeAt(i + run) === 96) run++;
      const ticks = '`'.repeat(run);
      let close = source.indexOf(ticks, i + run);
      while (close >= 0 && source.charCodeAt(close + run) === 96)
        close = source.indexOf(ticks, close + run + 1);
      if (close >= 0) {
        blank(chars, i, close + run);
        i = close + run;
        continue;
      }
      i += run;
      continue;
    }
    if (c === 93 /* ] */ && source.charCodeAt(i + 1) === 40 /* ( */) {
      // Link target: ](url "title"), balanced parentheses, on one line.
      let depth = 0;
      let j = i + 1;
      for (; j < n; j++) {
        const d = source.charCodeAt(j);
        if (d === 10) break;
        if (d === 40) depth++;
        else if (d === 41 && --depth === 0) break;
      }
      if (depth === 0 && j < n) {
        blank(chars, i + 1, j + 1);
        i = j + 1;
        continue;
      }
    }
    if (c === 104 /* h */ || c === 119 /* w */) {
      const prev = source.charCodeAt(i - 1);
      if (
        !(prev >= 97 && prev <= 122) &&
        (source.startsWith('http://', i) || source.startsWith('https://', i) || source.startsWith('www.', i))
      ) {
        const m = /^[^\s<>()[\]"“”]+/.exec(source.slice(i, i + 2048));
        const len = m ? m[0].replace(/[.,;:!?'’]+$/, '').length : 0;
        blank(chars, i, i + len);
        i += Math.max(len, 1);
        continue;
      }
    }
    i++;
  }
  return { text: apply(source, chars), comments };
}
