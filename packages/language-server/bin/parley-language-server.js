#!/usr/bin/env node
// `parley-language-server --stdio`. A file of its own, in the repository before any build, so that a package
// manager can link it at install time (a bin pointing into dist/ cannot be linked until dist/ exists).
import { main } from '../dist/cli.js';

main();
