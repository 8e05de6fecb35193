/**
 * Entry point VS Code calls inside the extension host (extensionTestsPath): runs the mocha suite and
 * reports each test through console.log, which the workbench forwards to the driver (stdout of the
 * extension host is not forwarded). The last line is a machine-readable summary.
 */
import * as path from 'node:path';
import Mocha from 'mocha';

export const SUMMARY_PREFIX = 'E2E-HOST-SUMMARY';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: class QuietReporter extends Mocha.reporters.Base {} });
  if (process.env.E2E_GREP) mocha.grep(process.env.E2E_GREP);
  for (const file of ['workspace.test.js', 'conf.test.js', 'heat.test.js', 'settings.test.js', 'cluster-templates.test.js']) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => {
      console.log(`${SUMMARY_PREFIX} ${JSON.stringify({ passed, failed })}`);
      if (failed > 0) reject(new Error(`${failed} extension host tests failed`));
      else resolve();
    });
    runner.on('pass', (test) => {
      passed++;
      console.log(`  ok   ${test.fullTitle()} (${test.duration ?? 0} ms)`);
    });
    runner.on('fail', (test, error: Error) => {
      failed++;
      const where = String(error.stack ?? '').split('\n').filter((l) => /[\\/]suite[\\/]/.test(l)).slice(0, 3);
      const what = String(error.message ?? error).split('\n').slice(0, 12);
      console.log(`  FAIL ${test.fullTitle()}\n       ${[...what, ...where.map((l) => l.trim())].join('\n       ')}`);
    });
  });
}
