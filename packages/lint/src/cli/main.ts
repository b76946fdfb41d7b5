#!/usr/bin/env node
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dataset, version as datasetVersion } from '@parley/dataset';
import { type Config, ConfigError, parseConfig } from '../config/config.js';
import { lint } from '../linter.js';
import { compile } from '../model.js';
import { isRuleId, rules } from '../rules/registry.js';
import { readDraft } from './draft.js';
import { expandFiles, findConfigFile } from './files.js';
import { type FileResult, formatJson, formatSarif, formatText } from './formats.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };

const USAGE = `Usage:
  parley lint [--format text|json|sarif] [--config FILE] FILE|GLOB...
  parley explain RULE
  parley rules

Checks drafts' citations, quotes, figures, dates, roles and names against @parley/dataset ${datasetVersion}.
Exit status: 0 no errors, 1 at least one error, 2 usage or configuration error.`;

class UsageError extends Error {}

/** Runs the CLI; returns the exit status. Output goes through the given writers, for tests. */
export function main(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  cwd = process.cwd(),
): number {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      out(`${USAGE}\n`);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      out(`parley ${version} (dataset ${datasetVersion})\n`);
      return 0;
    }
    if (command === 'rules') {
      for (const r of rules) out(`${r.id.padEnd(22)} ${r.severity.padEnd(8)} ${r.summary}\n`);
      return 0;
    }
    if (command === 'explain') {
      const id = rest[0];
      if (!id || !isRuleId(id))
        throw new UsageError(`explain needs a rule id: ${rules.map((r) => r.id).join(', ')}`);
      out(readFileSync(join(packageDir, 'docs', 'rules', `${id}.md`), 'utf8'));
      return 0;
    }
    if (command !== 'lint') throw new UsageError(`unknown command “${command}”`);
    let format = 'text';
    let configPath: string | undefined;
    const args: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i]!;
      if (a === '--format' || a === '-f') format = rest[++i] ?? '';
      else if (a.startsWith('--format=')) format = a.slice(9);
      else if (a === '--config' || a === '-c') configPath = rest[++i];
      else if (a.startsWith('--config=')) configPath = a.slice(9);
      else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
      else args.push(a);
    }
    if (!['text', 'json', 'sarif'].includes(format))
      throw new UsageError(`--format must be text, json or sarif, not “${format}”`);
    if (args.length === 0) throw new UsageError('lint needs at least one file or glob');
    const { files, missing, empty } = expandFiles(args, cwd);
    if (missing.length > 0) throw new UsageError(`no such file: ${missing.join(', ')}`);
    for (const dir of empty) err(`parley: skipped ${dir}: no .md, .markdown or .txt files in it\n`);
    const explicit = configPath ? readConfig(join(cwd, configPath)) : undefined;
    const configs = new Map<string, Config>();
    const model = compile(dataset);
    const results: FileResult[] = [];
    for (const file of files) {
      const draft = readDraft(file);
      if (typeof draft !== 'string') {
        err(`parley: skipped ${relative(cwd, file) || file}: ${draft.skipped}\n`);
        continue;
      }
      let config = explicit;
      if (!config) {
        const found = findConfigFile(file);
        if (found) {
          if (!configs.has(found)) configs.set(found, readConfig(found));
          config = configs.get(found);
        }
      }
      results.push({ file, diagnostics: lint(draft, model, config ?? {}) });
    }
    if (results.length === 0) {
      err('parley: nothing was checked\n');
      return 2;
    }
    const shown = results.map((r) => ({ ...r, file: relative(cwd, r.file) || r.file }));
    if (format === 'json') out(formatJson(shown));
    else if (format === 'sarif') out(formatSarif(shown, version, (f) => f.split('\\').join('/')));
    else out(formatText(shown));
    return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`parley: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      err(`parley: configuration error: ${e.message}\n`);
      return 2;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      err(`parley: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}

function readConfig(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError('(file)', `cannot read: ${(e as Error).message}`, file);
  }
  return parseConfig(text, file);
}

if (process.argv[1] && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url) {
  // A reader that stops early (`parley lint … | head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
}
