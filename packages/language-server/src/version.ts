import { readFileSync } from 'node:fs';

// Set by the VS Code extension's bundler, where package.json is not beside the code.
declare const PARLEY_SERVER_VERSION: string | undefined;

/** This server's version: the bundler's constant, else the package's own package.json. */
export function serverVersion(): string {
  if (typeof PARLEY_SERVER_VERSION === 'string') return PARLEY_SERVER_VERSION;
  try {
    return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}
