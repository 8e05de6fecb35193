#!/usr/bin/env node
import { main } from './cli/main';

// A reader that stops early (`magnum-heat lint . | head`) is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
process.exitCode = main(process.argv.slice(2));
