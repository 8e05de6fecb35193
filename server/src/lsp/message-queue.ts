/**
 * Resolves once the messages already received have been handled. vscode-jsonrpc handles one message
 * per setImmediate turn, so after two turns an edit that was queued behind the current one has
 * updated the document, and a check of the older version can be skipped.
 */
export function afterQueuedMessages(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
