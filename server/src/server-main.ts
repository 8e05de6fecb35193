#!/usr/bin/env node
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { VERSION } from './engine';
import { startServer } from './lsp/server';
import { guardedStdio } from './lsp/transport';

const USAGE = `Usage: magnum-heat-language-server --stdio | --node-ipc | --socket=PORT

The Magnum & Heat language server (LSP) for magnum.conf and OpenStack Heat templates. Settings come
through workspace/configuration (section magnumHeat) or initializationOptions; see the README.`;

const TRANSPORT = /^--(stdio|node-ipc|socket=\d+|pipe=.+|clientProcessId=\d+)$/;
const args = process.argv.slice(2);

if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`magnum-heat-language-server ${VERSION}\n`);
} else if (!args.some((a) => TRANSPORT.test(a))) {
  process.stderr.write(`magnum-heat-language-server: no transport given\n${USAGE}\n`);
  process.exitCode = 2;
} else if (args.includes('--stdio')) {
  // stdio's framing is watched.
  const { reader, writer } = guardedStdio();
  startServer(createConnection(ProposedFeatures.all, reader, writer));
} else {
  // Transport (--node-ipc, --socket=N) is taken from the command line.
  startServer(createConnection(ProposedFeatures.all));
}
