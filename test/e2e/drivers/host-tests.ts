/**
 * (B) Runs the mocha suite INSIDE code-server's extension host: the workbench is opened with a
 * payload naming the extension (its installed folder, so the packed .vsix is what runs) and the
 * suite; the workbench reports the exit code through window.codeAutomationExit. code-server must run
 * with `--vscode-option enable-smoke-test-driver`, otherwise the payload is ignored.
 * usage: node host-tests.js BASE_URL WORKSPACE EXTENSION_DIR SUITE_INDEX
 */
import { format } from 'node:util';
import { launch, resultLine } from './browser';

const SUMMARY = /^E2E-HOST-SUMMARY (\{.*\})$/m;
const TIMEOUT_MS = 10 * 60_000;

async function main(): Promise<number> {
  const [base, folder, extensionDir, suiteIndex] = process.argv.slice(2);
  const remote = (path: string) => `vscode-remote://${new URL(base).host}${path}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(extensionDir)], ['extensionTestsPath', remote(suiteIndex)], ['skipWelcome', 'true']]);
  const browser = await launch();
  let log = '';
  try {
    const exit = new Promise<number>((resolve) => void browser.page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
    await browser.page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const line = format(...args);
      if (/ENOTFOUND|^\s+at /.test(line)) return; // offline marketplace lookups; stack noise
      log += `${line}\n`;
      console.log(line);
    });
    await browser.page.goto(`${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => { timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS); });
    const code = await Promise.race([exit, timeout]);
    clearTimeout(timer);
    console.log(`extension host exit code: ${code}`);
    const summary = SUMMARY.exec(log);
    const counts = summary ? JSON.parse(summary[1]) as { passed: number; failed: number } : { passed: 0, failed: 1 };
    if (!summary) console.log('the suite did not report a summary');
    console.log(resultLine('extension host (mocha)', counts.passed, counts.failed));
    return code === 0 && counts.failed === 0 ? 0 : 1;
  } finally {
    await browser.close();
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.log(`host test driver failed: ${String((error as Error).stack ?? error)}`);
  console.log(resultLine('extension host (mocha)', 0, 1));
  process.exit(1);
});
