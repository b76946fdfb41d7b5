/**
 * Entry of the bundled server (dist/server.js): @parley/language-server's command line, started by the
 * extension with `--node-ipc`, and runnable by hand with `node dist/server.js --stdio`.
 */
import { main } from '@parley/language-server';

main();
