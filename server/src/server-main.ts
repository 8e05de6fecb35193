#!/usr/bin/env node
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

// Transport (--stdio, --node-ipc, --socket=N) is taken from the command line.
startServer(createConnection(ProposedFeatures.all));
