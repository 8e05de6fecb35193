#!/usr/bin/env node
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { guardedStdio } from './lsp/transport';
import { startServer } from './lsp/server';

// Transport (--stdio, --node-ipc, --socket=N) is taken from the command line; stdio's framing is watched.
if (process.argv.includes('--stdio')) {
  const { reader, writer } = guardedStdio();
  startServer(createConnection(ProposedFeatures.all, reader, writer));
} else {
  startServer(createConnection(ProposedFeatures.all));
}
