/**
 * Authoring aid: fills in (or corrects) `offset` for every evidence excerpt, editing the YAML in place and
 * leaving everything else as written. Excerpts found nowhere in their source are listed for the author.
 *
 *   tsx scripts/locate-evidence.ts [FILE…]     every record, or only the given record files
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { packageDir as defaultPackageDir } from './package-dir.js';
import { type FoldedText, findSeed, foldWhitespace, locate, seedsPath } from './provenance.js';

/** The text of every source record, whitespace folded, by citation key (sources whose text is missing left out). */
function sourceTexts(packageDir: string): Map<string, FoldedText> {
  const dirs = seedsPath(packageDir);
  const sources = new Map<string, FoldedText>();
  const folder = join(packageDir, 'data', 'source');
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.yaml'))) {
    const doc = parseDocument(readFileSync(join(folder, name), 'utf8')).toJS() as { seedFile: string };
    const path = findSeed(dirs, String(doc.seedFile));
    if (path) sources.set(name.replace(/\.yaml$/, ''), foldWhitespace(readFileSync(path, 'utf8')));
  }
  return sources;
}

/**
 * Sets each excerpt's `offset` to where it occurs in its source, in the given record files (default: all).
 * Returns the files changed and, as `file: evidence[i]: why`, every excerpt it could not place.
 */
export function locateEvidence(
  packageDir: string,
  files?: readonly string[],
): { changed: string[]; trouble: string[] } {
  const dataDir = join(packageDir, 'data');
  const sources = sourceTexts(packageDir);
  const paths =
    files?.map((f) => resolve(packageDir, f)) ??
    readdirSync(dataDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(dataDir, d.name))
          .filter((n) => n.endsWith('.yaml'))
          .map((n) => join(dataDir, d.name, n)),
      );
  const changed: string[] = [];
  const trouble: string[] = [];
  for (const path of paths) {
    const name = relative(dataDir, path);
    const doc = parseDocument(readFileSync(path, 'utf8'));
    const evidence = isMap(doc.contents) ? doc.contents.get('evidence') : undefined;
    if (!isSeq(evidence)) continue;
    let dirty = false;
    evidence.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const source = sources.get(String(item.get('source')));
      if (!source) {
        trouble.push(
          `${name}: evidence[${i}]: unknown source ${String(item.get('source'))}, or its text is missing`,
        );
        return;
      }
      const found = locate(source, String(item.get('excerpt') ?? ''));
      const offset = item.get('offset');
      // An excerpt that occurs several times is valid at any of them: keep the author's choice, else the first.
      if (found.length > 0 && !found.includes(Number(offset))) {
        (item as YAMLMap).set('offset', found[0]);
        dirty = true;
      } else if (found.length === 0) trouble.push(`${name}: evidence[${i}]: excerpt not found in the source`);
    });
    if (dirty) {
      writeFileSync(path, doc.toString({ lineWidth: 0 }));
      changed.push(name);
    }
  }
  return { changed, trouble };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  const { changed, trouble } = locateEvidence(defaultPackageDir, files.length > 0 ? files : undefined);
  console.log(`offsets updated in ${changed.length} file(s)`);
  for (const t of trouble) console.log(t);
  process.exit(trouble.length > 0 ? 1 : 0);
}
