/**
 * Cross-file reads stay inside the workspace (issue 16, README "What the engine reads"): absolute
 * `type:` paths, `../` out of the project, a driver's environments folder that is a symlink out,
 * and the folder listing behind "did you mean" never touch a file outside.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { lint, type LintHost } from '../../server/src/engine';
import { DiskHost } from '../../server/src/host/disk-host';
import { holds, ReadBoundary } from '../../server/src/host/read-boundary';
import { HANG_MS, own, runUnprivileged, unprivilegedUnavailable } from '../support/hostile';
import { expectedMessages, heads, outsideTree, readingOutside, type OutsideTree } from '../support/outside-tree';

const RULES = new Set(['nested-parameter-mismatch', 'missing-registry-file']);

interface JsonOut { files: Array<{ path: string; diagnostics: Array<{ rule: string; severity: string; message: string; fixes: unknown[] }> }> }

/** The CLI's nested-file findings per file, as [severity, message, number of fixes]. */
function findings(cwd: string, ...args: string[]): Array<Array<[string, string, number]>> {
  const run = runUnprivileged(cwd, 'lint', '--format', 'json', ...args);
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  return (JSON.parse(run.stdout) as JsonOut).files
    .filter((f) => f.path !== '.magnum-heat.yaml')
    .map((f) => f.diagnostics.filter((d) => RULES.has(d.rule)).map((d) => [d.severity, d.message, d.fixes.length] as [string, string, number]));
}

const asWarnings = (messages: string[], fixes = 0) => messages.map((m) => ['warning', m, fixes]);

describe('cross-file reads stay inside the workspace', { skip: unprivilegedUnavailable(), timeout: 4 * HANG_MS }, () => {
  test('CLI: the folder of the .magnum-heat.yaml bounds the reads, even when the working folder holds more', () => {
    const tree = outsideTree();
    const expected = expectedMessages(tree);
    assert.deepEqual(findings(tree.root, join('ws', 't.yaml'), join('ws', 'env.yaml'), join('ws', 'drivers', 'demo', 'templates', 'cluster.yaml')), [
      asWarnings(expected.template), asWarnings(expected.environment), asWarnings(expected.cluster, 1),
    ]);
  });

  test('CLI without a config file: the working folder bounds them; else the path given', () => {
    const tree = outsideTree();
    const expected = expectedMessages(tree);
    assert.deepEqual(findings(tree.ws, '--no-config', 't.yaml'), [asWarnings(expected.template)]);
    const elsewhere = join(tree.root, 'elsewhere');
    mkdirSync(elsewhere);
    own(elsewhere);
    assert.deepEqual(findings(elsewhere, '--no-config', tree.environment), [asWarnings(expected.environment)]);
  });

  test('CLI: with a workspace that holds both, the same files are read (the boundary, not the rules, refused them)', () => {
    const tree = outsideTree();
    const [template] = findings(tree.root, '--no-config', join('ws', 't.yaml'));
    assert.deepEqual(template.map(([severity]) => severity), ['warning', 'warning']);
    assert.deepEqual(heads(template.map(([, message]) => message)), readingOutside(tree));
  });
});

/** A disk host that records every path the engine asks for. */
class RecordingHost extends DiskHost {
  readonly asked: string[] = [];
  override readFile(path: string): string | undefined {
    this.asked.push(path);
    return super.readFile(path);
  }
  override listDirectory(path: string): string[] | undefined {
    this.asked.push(`${path}/`);
    return super.listDirectory(path);
  }
}

function lintWithin(tree: OutsideTree, path: string, text: string): { host: RecordingHost; bounded: LintHost } {
  const host = new RecordingHost();
  const bounded = host.within(ReadBoundary.forFile(path, [tree.ws]));
  lint({ path, text, host: bounded });
  return { host, bounded };
}

describe('the read boundary', { skip: process.platform === 'win32' }, () => {
  test('no read or folder listing reaches the disk outside the workspace', () => {
    const tree = outsideTree();
    const asked = [
      ...lintWithin(tree, tree.template, tree.templateText).host.asked,
      ...lintWithin(tree, tree.environment, tree.environmentText).host.asked,
      ...lintWithin(tree, tree.cluster, tree.clusterText).host.asked,
    ];
    assert.ok(asked.some((p) => p.endsWith(join('templates', 'inner.yaml'))), 'files inside are read');
    const leaks = asked.filter((p) => !holds(tree.ws, p.replace(/\/$/, '')) || p.includes(join('demo', 'templates', 'environments')));
    assert.deepEqual(leaks, []);
  });

  test('a symlinked environments folder is outside; the driver folder and drivers/common are inside even when the workspace is only templates/', () => {
    const tree = outsideTree();
    const templates = join(tree.ws, 'drivers', 'demo', 'templates');
    const boundary = ReadBoundary.forFile(tree.cluster, [templates]);
    const verdicts = [
      join(templates, 'inner.yaml'), join(templates, 'environments', 'defaults.yaml'), join(templates, 'environments', 'missing.yaml'),
      join(tree.ws, 'drivers', 'demo', 'README'), join(tree.ws, 'drivers', 'common', 'templates', 'lb.yaml'),
      join(tree.ws, 'drivers', 'other', 'x.yaml'), join(tree.outside, 'nested.yaml'), join(tree.outside, 'absent.yaml'), '/etc/passwd',
    ].map((p) => [relative(tree.root, p), boundary.allows(p)]);
    assert.deepEqual(verdicts, [
      ['ws/drivers/demo/templates/inner.yaml', true],
      ['ws/drivers/demo/templates/environments/defaults.yaml', false],
      ['ws/drivers/demo/templates/environments/missing.yaml', false],
      ['ws/drivers/demo/README', true],
      ['ws/drivers/common/templates/lb.yaml', true],
      ['ws/drivers/other/x.yaml', false],
      ['outside/nested.yaml', false],
      ['outside/absent.yaml', false],
      [relative(tree.root, '/etc/passwd'), false],
    ]);
  });
});
