/**
 * Authoring aid: fills in (or corrects) `offset` for every evidence excerpt, editing the YAML in place and
 * leaving everything else as written. Excerpts found nowhere in their source are listed for the author.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { packageDir } from './build.js';
import { foldWhitespace, locate, seedsDir } from './provenance.js';

const dataDir = join(packageDir, 'data');
const seeds = seedsDir(packageDir);
const sources = new Map<string, ReturnType<typeof foldWhitespace>>();
for (const name of readdirSync(join(dataDir, 'source'))) {
  const doc = parseDocument(readFileSync(join(dataDir, 'source', name), 'utf8')).toJS() as {
    seedFile: string;
  };
  sources.set(name.replace(/\.yaml$/, ''), foldWhitespace(readFileSync(join(seeds, doc.seedFile), 'utf8')));
}
let changed = 0;
const trouble: string[] = [];
for (const kind of readdirSync(dataDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)) {
  for (const name of readdirSync(join(dataDir, kind)).filter((n) => n.endsWith('.yaml'))) {
    const path = join(dataDir, kind, name);
    const doc = parseDocument(readFileSync(path, 'utf8'));
    const evidence = isMap(doc.contents) ? doc.contents.get('evidence') : undefined;
    if (!isSeq(evidence)) continue;
    let dirty = false;
    evidence.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const source = sources.get(String(item.get('source')));
      if (!source) {
        trouble.push(`${kind}/${name}: evidence[${i}]: unknown source ${String(item.get('source'))}`);
        return;
      }
      const found = locate(source, String(item.get('excerpt') ?? ''));
      const offset = item.get('offset');
      // An excerpt that occurs several times is valid at any of them: keep the author's choice, else the first.
      if (found.length > 0 && !found.includes(Number(offset))) {
        (item as YAMLMap).set('offset', found[0]);
        dirty = true;
      } else if (found.length === 0)
        trouble.push(`${kind}/${name}: evidence[${i}]: excerpt not found in the source`);
    });
    if (dirty) {
      writeFileSync(path, doc.toString({ lineWidth: 0 }));
      changed++;
    }
  }
}
console.log(`offsets updated in ${changed} file(s)`);
for (const t of trouble) console.log(t);
process.exit(trouble.length > 0 ? 1 : 0);
