/**
 * Scaffolding: writes a record's YAML with its id, its evidence located and the whole build run on it.
 *
 *   tsx scripts/new.ts source FILE [--id KEY] [--title …] [--outlet …] [--publisher …] [--byline "A, B"]
 *                                  [--date YYYY-MM-DD] [--language en]
 *   tsx scripts/new.ts <kind> --source KEY --excerpt "…" [--excerpt "…"] [--id ID] [--name "…"]…
 *                                  [--description "…"] [--text "…"] [--quantity ID] [--speaker ID]
 *                                  [--attributed-to ID,ID] [--set field=yaml]…
 *   --package DIR   work on another copy of the package instead of this one
 *
 * Prints the file written and what the build still finds wrong in it (exit 1), or that it passes.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Kind, kinds } from '../schema/index.js';
import { packageDir } from './package-dir.js';
import { newRecord, newSource, type Scaffolded } from './scaffold/write.js';

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        title: { type: 'string' },
        outlet: { type: 'string' },
        publisher: { type: 'string' },
        byline: { type: 'string' },
        date: { type: 'string' },
        language: { type: 'string' },
        source: { type: 'string' },
        excerpt: { type: 'string', multiple: true },
        name: { type: 'string', multiple: true },
        description: { type: 'string' },
        text: { type: 'string' },
        quantity: { type: 'string' },
        speaker: { type: 'string' },
        'attributed-to': { type: 'string' },
        set: { type: 'string', multiple: true },
        // Another copy of the package (its data/ and package.json), for trying the commands out of the way.
        package: { type: 'string' },
      },
    });
    const [kind, file] = positionals;
    if (!kind || !(kind in kinds)) throw new Error(`usage: new <${Object.keys(kinds).join('|')}> …`);
    // pnpm runs the script in the package; a path on the command line is the caller's.
    const cwd = process.env.INIT_CWD ?? process.cwd();
    const { id, title, outlet, publisher, byline, date, language } = values;
    const dir = values.package ? resolve(cwd, values.package) : packageDir;
    let done: Scaffolded;
    if (kind === 'source') {
      if (!file) throw new Error('usage: new source FILE');
      done = newSource(dir, resolve(cwd, file), {
        ...(id ? { id } : {}),
        ...(title ? { title } : {}),
        ...(outlet ? { outlet } : {}),
        ...(publisher ? { publisher } : {}),
        ...(byline ? { byline: byline.split(/,\s*/) } : {}),
        ...(date ? { date } : {}),
        ...(language ? { language } : {}),
      });
    } else {
      if (!values.source) throw new Error(`--source: the citation key of the source the ${kind} is in`);
      done = newRecord(dir, kind as Kind, {
        source: values.source,
        excerpts: values.excerpt ?? [],
        ...(id ? { id } : {}),
        ...(values.name ? { names: values.name } : {}),
        ...(values.description ? { description: values.description } : {}),
        ...(values.text ? { text: values.text } : {}),
        ...(values.quantity ? { quantity: values.quantity } : {}),
        ...(values.speaker ? { speaker: values.speaker } : {}),
        ...(values['attributed-to'] ? { attributedTo: values['attributed-to'].split(',') } : {}),
        ...(values.set ? { set: values.set } : {}),
      });
    }
    console.log(`wrote ${done.file}`);
    if (done.problems.length === 0) console.log('it passes every check');
    else {
      console.log('still to do (edit the file or pass --set field=value):');
      for (const p of done.problems) console.log(`  ${p}`);
      process.exitCode = 1;
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  }
}
