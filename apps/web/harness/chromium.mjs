// Debian's Chromium driven by playwright-core (Playwright's own browser builds cannot be downloaded on these
// machines): found by scripts/ensure-e2e.sh, which installs it when missing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const appDir = new URL('..', import.meta.url).pathname;

/** The Chromium executable, installing Debian's package first if it is missing. */
export function chromiumPath() {
  return execFileSync('bash', [join(appDir, 'scripts', 'ensure-e2e.sh')], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
}

/** A headless Chromium with a profile of its own (so nothing is read from or written to the user's). */
export async function launchChromium() {
  const home = mkdtempSync(join(tmpdir(), 'parley-web-chromium-'));
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
