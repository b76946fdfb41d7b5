import { readFileSync } from 'node:fs';

/**
 * A draft's text, or why it was skipped: a binary file (a NUL byte, or bytes that are not UTF-8) is no
 * draft, and checking it would only report nonsense.
 */
export function readDraft(file: string): string | { skipped: string } {
  const bytes = readFileSync(file);
  if (bytes.includes(0)) return { skipped: 'a binary file (it has NUL bytes), not a text draft' };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { skipped: 'not UTF-8 text' };
  }
}
