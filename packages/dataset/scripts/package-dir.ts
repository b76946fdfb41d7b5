import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's own directory. Its own module so that commands run before a build (diff) need nothing built. */
export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
