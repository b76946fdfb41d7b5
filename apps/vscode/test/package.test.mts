/**
 * The built extension without a VS Code: the manifest's marketplace fields and settings, the .vsix's
 * contents, and the bundled server speaking LSP on its own. (The e2e test runs it in a real VS Code.)
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset } from '@parley/dataset';
import { rules } from '@parley/lint';
import { describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

const appDir = resolve(fileURLToPath(import.meta.url), '..', '..');
const pkg = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8'));
const vsix = join(appDir, `${pkg.name}-${pkg.version}.vsix`);

describe('package.json', () => {
  it('has every marketplace field', () => {
    for (const field of ['name', 'displayName', 'description', 'version', 'publisher', 'license', 'icon'])
      expect(pkg[field], field).toBeTruthy();
    expect(pkg.repository.url).toMatch(/^https:\/\//);
    expect(pkg.categories).toContain('Linters');
    expect(pkg.private).toBe(true);
    const png = readFileSync(join(appDir, pkg.icon));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The marketplace wants at least 128×128.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(128);
  });

  it('runs in VS Code 1.100 (code-server 4.100.3), in untrusted workspaces, on Markdown and plain text', () => {
    expect(pkg.engines.vscode).toBe('^1.100.0');
    const types = JSON.parse(
      readFileSync(join(appDir, 'node_modules', '@types', 'vscode', 'package.json'), 'utf8'),
    ).version;
    expect(types.startsWith('1.100.')).toBe(true);
    expect(pkg.capabilities.untrustedWorkspaces).toEqual({ supported: true });
    expect(pkg.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:plaintext']);
  });

  it('offers a severity setting for exactly the engine’s rules, with their defaults', () => {
    const props = pkg.contributes.configuration.properties['parley.rules'].properties;
    expect(Object.keys(props)).toEqual(rules.map((r) => r.id));
    for (const r of rules) {
      expect(props[r.id].default).toBe(r.severity);
      expect(props[r.id].description).toBe(r.summary);
    }
  });

  it('keeps VS Code’s Markdown link check from flagging [@key] as an undefined reference', () => {
    expect(pkg.contributes.configurationDefaults['markdown.validate.referenceLinks.enabled']).toBe('ignore');
  });
});

describe('the .vsix', () => {
  /** Names in the zip's central directory (a .vsix is a zip). */
  const list = () => {
    const zip = readFileSync(vsix);
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      const nameLength = zip.readUInt16LE(at + 28);
      names.push(zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
      at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    }
    return names;
  };

  it('holds one bundle each for client and server, the schema, notices, icon and docs, and nothing else', () => {
    expect(list().sort()).toEqual(
      [
        '[Content_Types].xml',
        'extension.vsixmanifest',
        'extension/CHANGELOG.md',
        'extension/LICENSE.md',
        'extension/README.md',
        'extension/dist/THIRD-PARTY-NOTICES.txt',
        'extension/dist/extension.js',
        'extension/dist/parley.config.schema.json',
        'extension/dist/server.js',
        'extension/images/icon.png',
        'extension/package.json',
      ].sort(),
    );
    expect(statSync(vsix).size).toBeLessThan(2 * 1024 * 1024);
  });

  it('its client bundle loads nothing from node_modules but vscode itself', () => {
    const client = readFileSync(join(appDir, 'dist', 'extension.js'), 'utf8');
    const required = [...client.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
    expect(required.filter((r) => !r.startsWith('node:') && !/^[a-z_]+$/.test(r))).toEqual([]);
    expect(required).toContain('vscode');
  });

  it('makes no network requests: no HTTP, TLS or UDP client in either bundle', () => {
    // `net` is there (vscode-jsonrpc's pipe and socket transports, local IPC); nothing that reaches out is.
    for (const file of ['extension.js', 'server.js']) {
      const code = readFileSync(join(appDir, 'dist', file), 'utf8');
      const found = [...code.matchAll(/require\("(?:node:)?(https?|http2|tls|dgram)"\)|\bfetch\(/g)].map(
        (m) => m[0],
      );
      expect(found, file).toEqual([]);
    }
  });
});

describe('the bundled server (dist/server.js)', () => {
  it('speaks LSP on stdio and embeds the dataset', async () => {
    const child = spawn(process.execPath, [join(appDir, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
    const conn = createMessageConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    conn.listen();
    try {
      const result = (await conn.sendRequest('initialize', {
        processId: null,
        rootUri: null,
        capabilities: {},
      })) as {
        serverInfo: { version: string };
        parley: { datasetVersion: string };
      };
      const serverPkg = JSON.parse(
        readFileSync(join(appDir, 'node_modules', '@parley', 'language-server', 'package.json'), 'utf8'),
      );
      expect(result.serverInfo.version).toBe(serverPkg.version);
      expect(result.parley.datasetVersion).toBe(dataset.version);
      const diagnostics = new Promise<{ diagnostics: { code: string }[] }>((done) =>
        conn.onNotification('textDocument/publishDiagnostics', done),
      );
      await conn.sendNotification('initialized', {});
      await conn.sendNotification('textDocument/didOpen', {
        textDocument: {
          uri: 'untitled:x.md',
          languageId: 'markdown',
          version: 1,
          text: 'A claim [@no-such-key].',
        },
      });
      expect((await diagnostics).diagnostics.map((d) => d.code)).toContain('citation/unknown-key');
      await conn.sendRequest('shutdown');
      const exited = new Promise((done) => child.once('exit', done));
      await conn.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      conn.dispose();
      child.kill();
    }
  });
});
