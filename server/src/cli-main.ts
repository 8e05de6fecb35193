#!/usr/bin/env node
import { main } from './cli/main';
import { runLintWorker } from './cli/pool';

if (!runLintWorker()) {
  // A reader that stops early (`magnum-heat lint . | head`) is no error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const status = main(process.argv.slice(2));
  if (status instanceof Promise) void status.then((code) => { process.exitCode = code; });
  else process.exitCode = status;
}
