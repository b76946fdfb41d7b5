#!/usr/bin/env node
// The `parley` command. A file of its own, in the repository before any build, so that a package manager can
// link it at install time (a bin pointing into dist/ cannot be linked until dist/ exists).
import { main } from '../dist/cli/main.js';

process.exitCode = main(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
