#!/usr/bin/env node
// Bundles the extension (dist/extension.js) and the language server with the dataset (dist/server.js), one
// file each, and writes the licences of everything bundled (dist/THIRD-PARTY-NOTICES.txt). `vsce package`
// then packs dist/ into the .vsix (see package.json's build script).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);
const require = createRequire(join(root, 'package.json'));
const serverPkg = JSON.parse(readFileSync(require.resolve('@parley/language-server/package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Whitespace and syntax only: stack traces in the output channel keep their names.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  absWorkingDir: root,
};
const client = await build({
  ...common,
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  external: ['vscode'],
});
const server = await build({
  ...common,
  entryPoints: ['src/server.ts'],
  outfile: 'dist/server.js',
  define: {
    PARLEY_SERVER_VERSION: JSON.stringify(serverPkg.version),
    // The server's ESM sources use import.meta.url; in this CommonJS bundle it is the bundle's own URL.
    'import.meta.url': '__parleyImportMetaUrl',
  },
  banner: { js: "const __parleyImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// Licences of the bundled third-party packages, which the .vsix ships in place of their node_modules.
const packages = new Map();
for (const input of [...Object.keys(client.metafile.inputs), ...Object.keys(server.metafile.inputs)]) {
  const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input.replaceAll('\\', '/'));
  if (m && !packages.has(m[2])) packages.set(m[2], resolve(root, m[1]));
}
const notices = [];
for (const [name, dir] of [...packages].sort(([a], [b]) => a.localeCompare(b))) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'License.txt', 'license'].find((f) =>
    existsSync(join(dir, f)),
  );
  notices.push(
    `${name}@${pkg.version} (${pkg.license ?? 'see package'})`,
    '',
    file ? readFileSync(join(dir, file), 'utf8').trim() : `License: ${pkg.license}`,
    '',
    '-'.repeat(78),
    '',
  );
}
writeFileSync(
  join(dist, 'THIRD-PARTY-NOTICES.txt'),
  `Parley for VS Code bundles the following packages.\n\n${'-'.repeat(78)}\n\n${notices.join('\n')}`,
);
// JSON Schema for parley.config.json (package.json's jsonValidation): completion and checking of rule ids
// and severities while editing it. Generated from the engine, so it lists exactly its rules.
const { rules } = await import('@parley/lint');
const severity = { enum: ['error', 'warning', 'info', 'hint', 'off'] };
const spellings = { type: 'array', items: { type: 'string', minLength: 1 } };
writeFileSync(
  join(dist, 'parley.config.schema.json'),
  `${JSON.stringify(
    {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'Parley configuration (parley.config.json)',
      type: 'object',
      additionalProperties: false,
      properties: {
        $schema: { type: 'string' },
        rules: {
          type: 'object',
          description: 'Severity of each rule, or off.',
          additionalProperties: false,
          properties: Object.fromEntries(
            rules.map((r) => [r.id, { ...severity, description: `${r.summary} Default: ${r.severity}.` }]),
          ),
        },
        spellings: {
          type: 'object',
          additionalProperties: false,
          properties: {
            prefer: {
              ...spellings,
              description: 'House style: these spellings win over other accepted ones.',
            },
            accept: { ...spellings, description: 'Spellings never flagged, deprecated or not.' },
          },
        },
      },
    },
    null,
    2,
  )}\n`,
);

const size = (f) => `${(readFileSync(join(dist, f)).length / 1024).toFixed(0)} KiB`;
console.log(
  `dist/extension.js ${size('extension.js')}, dist/server.js ${size('server.js')}, ${packages.size} bundled packages`,
);
