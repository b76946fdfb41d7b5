// The real gateway (apps/gateway, built), started on a free port, serving the built page at /.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';

const main = new URL('../../gateway/dist/main.js', import.meta.url).pathname;

/** Starts the gateway; resolves with its base URL and a stop function once it listens. */
export async function startGateway() {
  if (!existsSync(main))
    throw new Error(
      `the gateway is not built (${main}): run \`pnpm turbo run build --filter=@parley/gateway...\``,
    );
  const child = spawn(process.execPath, [main, '--port', '0'], {
    // In memory (no REDIS_URL): the test needs no Redis, and must not share one's cache with anything else.
    env: { ...process.env, REDIS_URL: '', HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT_MAX: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the gateway did not start within 30 s')), 30_000);
    child.once('exit', (code) => reject(new Error(`the gateway exited with ${code} before listening`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const entry = JSON.parse(line);
        if (entry.msg === 'listening') {
          clearTimeout(timer);
          resolve(entry.port);
        }
      } catch {
        // Not a log line.
      }
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
