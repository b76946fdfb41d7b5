import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Kind } from '../../schema/index.js';
import { validate } from '../build.js';
import { locateEvidence } from '../locate-evidence.js';
import { DataError, formatProblem } from '../problem.js';
import { findSeed, seedsPath, textHash } from '../provenance.js';
import { freeId } from './ids.js';
import { type Known, type RecordOptions, scaffoldRecord } from './record.js';
import { type SourceOptions, sourceRecord } from './source.js';

/** What `new` did: the file written, and every problem the build finds in it (empty: the record is done). */
export interface Scaffolded {
  id: string;
  file: string;
  problems: string[];
}

/** Every id in data/, of any kind: a new id must be none of them. */
function takenIds(packageDir: string): Set<string> {
  const data = join(packageDir, 'data');
  return new Set(
    readdirSync(data, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(data, d.name)).map((n) => n.replace(/\.yaml$/, ''))),
  );
}

function knownOf(packageDir: string): Known {
  const read = (kind: string, id: string) => {
    const path = join(packageDir, 'data', kind, `${id}.yaml`);
    return existsSync(path) ? (parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : undefined;
  };
  return {
    source: (id) => {
      const s = read('source', id);
      return s ? { language: String(s.language) } : undefined;
    },
    quantityUnit: (id) => (read('quantity', id)?.units as string[] | undefined)?.[0],
  };
}

/**
 * Writes `data/<kind>/<id>.yaml`, places every excerpt with locateEvidence (the same code as
 * `pnpm evidence:locate`), then runs the whole build and returns the problems it finds in the new file. An
 * excerpt found nowhere in its source removes the file again: nothing unchecked is left behind.
 */
function writeChecked(
  packageDir: string,
  kind: Kind,
  id: string,
  record: Record<string, unknown>,
): Scaffolded {
  if (takenIds(packageDir).has(id))
    throw new Error(`${id}: a record already has this id (ids are unique across kinds); pass --id`);
  const file = join('data', kind, `${id}.yaml`);
  const path = join(packageDir, file);
  mkdirSync(join(packageDir, 'data', kind), { recursive: true });
  writeFileSync(path, stringify(record, { lineWidth: 0 }));
  const { trouble } = locateEvidence(packageDir, [file]);
  if (trouble.length > 0) {
    rmSync(path);
    throw new Error(`not written: ${trouble.join('; ')}`);
  }
  let problems: string[] = [];
  try {
    validate(packageDir);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    problems = e.problems.filter((p) => p.file === file).map(formatProblem);
  }
  return { id, file: relative(packageDir, path), problems };
}

/**
 * `new source FILE`: puts the article into the seeds directory (unless it is on the seeds path already),
 * and writes its source record with the text's sha256 and its headline (and dateline) as evidence.
 */
export function newSource(packageDir: string, textFile: string, opts: SourceOptions): Scaffolded {
  if (!existsSync(textFile)) throw new Error(`${textFile} does not exist`);
  const bytes = readFileSync(textFile);
  const seedFile = basename(textFile);
  if (!/^[\w.-]+\.txt$/.test(seedFile))
    throw new Error(`${seedFile}: a source text is a .txt file named with letters, digits, . _ -`);
  const dirs = seedsPath(packageDir);
  const present = findSeed(dirs, seedFile);
  if (present && textHash(readFileSync(present)) !== textHash(bytes))
    throw new Error(`${present} exists and is another text; rename ${seedFile}`);
  if (!present) copyFileSync(textFile, join(dirs[0]!, seedFile));
  const { id, record } = sourceRecord(bytes.toString('utf8'), seedFile, textHash(bytes), opts);
  return writeChecked(packageDir, 'source', id, record);
}

/** `new <kind> --source KEY --excerpt "…"`: a record of any other kind, from its evidence. */
export function newRecord(packageDir: string, kind: Kind, opts: RecordOptions): Scaffolded {
  const { id, record } = scaffoldRecord(kind, opts, knownOf(packageDir));
  // A derived id that is taken gets -2, -3… (a second report of a quantity in one source); a chosen one is refused.
  return writeChecked(packageDir, kind, opts.id ?? freeId(id, takenIds(packageDir)), record);
}
