import cluster, { type Worker } from 'node:cluster';
import type { Logger } from './logger.js';

/**
 * Runs `workers` copies of the gateway as cluster workers sharing one port (the primary accepts
 * connections and hands them out). A worker that dies unexpectedly is replaced, at most once a second so a
 * crash loop does not spin. SIGTERM or SIGINT is passed on to every worker, which drains its requests; the
 * primary exits when all have stopped.
 */
export function runPrimary(workers: number, logger: Logger): Promise<void> {
  let stopping = false;
  let lastFork = 0;
  const fork = (): Worker => {
    lastFork = Date.now();
    return cluster.fork();
  };
  for (let i = 0; i < workers; i++) fork();
  logger.info('cluster: started', { workers, pid: process.pid });

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    logger.error('cluster: worker died; starting another', { worker: worker.process.pid, code, signal });
    setTimeout(fork, Math.max(0, 1000 - (Date.now() - lastFork)));
  });

  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.info('cluster: stopping workers', { signal });
      const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker =>
        Boolean(w && !w.isDead()),
      );
      if (alive.length === 0) return resolve();
      let left = alive.length;
      for (const w of alive) {
        w.once('exit', () => {
          if (--left === 0) resolve();
        });
        w.process.kill('SIGTERM');
      }
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
