#!/usr/bin/env node
/** `parley-language-server --stdio`: the Parley language server for any LSP client. */
import { main } from './cli.js';

main();
