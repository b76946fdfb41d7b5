#!/usr/bin/env node
/**
 * The gateway's entry point: `node dist/main.js [--port N] [--workers N]` serves the checker page on
 * http://localhost:4000/ and the API on http://localhost:4000/graphql (see server/config.ts for every
 * setting).
 */
import cluster from 'node:cluster';
import { ConfigurationError, type GatewayConfig, parseArgs, readConfig, USAGE } from './server/config.js';
import { createLogger } from './server/logger.js';

// graphql-js runs extra instanceof checks outside production mode (about a third of execution time). It reads
// NODE_ENV when first loaded, which is below, in a dynamic import: a server is in production unless told otherwise.
process.env.NODE_ENV ??= 'production';

const argv = process.argv.slice(2);
let config: GatewayConfig;
try {
  if (parseArgs(argv).help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  config = readConfig(process.env, argv);
} catch (e) {
  if (!(e instanceof ConfigurationError)) throw e;
  process.stderr.write(`parley-gateway: ${e.message}\n`);
  process.exit(2);
}

const logger = createLogger(config.logLevel, cluster.isWorker ? { worker: cluster.worker?.id } : {});

if (config.workers > 1 && cluster.isPrimary) {
  const { runPrimary } = await import('./server/cluster.js');
  await runPrimary(config.workers, logger);
  logger.info('cluster: stopped');
  process.exit(0);
} else {
  // Imported here, not at the top: the cluster primary never builds the schema or opens Redis.
  const { createGateway } = await import('./server/http.js');
  const gateway = await createGateway(config, { logger });
  const stop = (signal: NodeJS.Signals) => {
    logger.info('signal received', { signal });
    gateway.close().then(
      () => process.exit(0),
      (err) => {
        logger.error('shutdown failed', { err });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  await gateway.listen();
}
