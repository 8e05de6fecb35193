/**
 * The stdio transport with a watch on its framing. A frame whose header is broken (no or a non-numeric
 * Content-Length, a line without ':') leaves vscode-jsonrpc's reader unable to find the next frame:
 * it would stay alive and silent forever. The server then says why on stderr and exits, so the client
 * sees the failure and can restart it. A well-framed body that is not JSON keeps the stream in step:
 * it is logged and reading goes on.
 */
import { StreamMessageReader, StreamMessageWriter, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';

const FRAMING_ERROR = /^(Header must provide a Content-Length|Content-Length value must be a number|Message header must separate key and value)/;

export function guardedStdio(exit: (code: number) => void = (code) => process.exit(code)): { reader: MessageReader; writer: MessageWriter } {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    const message = error.message.split('\n')[0];
    if (FRAMING_ERROR.test(message)) {
      process.stderr.write(`magnum-heat-language-server: cannot read the client's messages any more (${message}); exiting\n`);
      exit(1);
    } else {
      process.stderr.write(`magnum-heat-language-server: ignored an unreadable message (${message})\n`);
    }
  });
  return { reader, writer: new StreamMessageWriter(process.stdout) };
}
