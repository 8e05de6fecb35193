import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/engine';
import { tokenize } from '../../server/src/engine/languages/shell/tokenizer';
import { shellDocument } from '../../server/src/engine/languages/shell/document';
import { applyFix, lintFixture, lintText, only, rangeOf } from '../support/fixtures';

const SEED = 'cluster-templates/seed.sh';
const LABELS = 'cluster-templates/labels.sh';
/** The range of the last `word` inside the first occurrence of `context`. */
function rangeIn(text: string, context: string, word: string) {
  const range = rangeOf(text, context);
  const column = range.start.character + context.lastIndexOf(word);
  return { start: { line: range.start.line, character: column }, end: { line: range.start.line, character: column + word.length } };
}
const brief = (ds: Array<{ rule: string; severity: string; range: unknown }>) => ds.map((d) => [d.rule, d.severity, d.range]);

describe('shell tokenizer', () => {
  test('quotes, escapes, line continuations and comments, with the source offset of every character', () => {
    const text = "openstack coe \\\n  --labels 'a=b c',\"d=$X\"  # note\necho a\\ b";
    const { commands, comments } = tokenize(text);
    assert.deepEqual(commands.map((ws) => ws.map((w) => w.value)), [['openstack', 'coe', '--labels', 'a=b c,d=$X'], ['echo', 'a b']]);
    const labels = commands[0][3];
    assert.equal(text[labels.offsets[0]], 'a');
    assert.equal(text[labels.offsets[labels.value.indexOf('d')]], 'd');
    assert.deepEqual(labels.expansions, [[8, 10]]);
    assert.deepEqual(comments.map((c) => text.slice(c.start, c.end)), ['# note']);
  });

  test('heredoc bodies and $(...) are not commands of their own', () => {
    const { commands } = tokenize('cat <<EOF\nopenstack coe cluster template create x --coe swarm\nEOF\nX=$(openstack coe cluster list | grep a)\n');
    assert.deepEqual(commands.map((ws) => ws.map((w) => w.value)), [['cat'], ['X=$(openstack coe cluster list | grep a)']]);
  });
});

describe('shell: the seed mistakes', () => {
  test('devicemapper without --docker-volume-size (error on the driver value, fix appends the flag on a continuation line)', () => {
    const { text, diagnostics } = lintFixture(SEED, { release: '2023.1' });
    const [found] = only(diagnostics, 'docker-volume-size');
    assert.deepEqual(brief([found]), [['docker-volume-size', 'error', rangeOf(text, 'devicemapper')]]);
    assert.equal(found.message, 'The devicemapper storage driver needs a Docker volume of at least 3 GB, and --docker-volume-size is not set: Magnum rejects the cluster template.');
    assert.equal(applyFix(text, found), text.replace('    --coe swarm\n', '    --coe swarm \\\n    --docker-volume-size 3\n'));
  });

  test("--coe swarm where swarm-mode is meant (2023.1: information with a fix; 2024.1: refused)", () => {
    const { text, diagnostics } = lintFixture(SEED, { release: '2023.1' });
    const [found] = only(diagnostics, 'cluster-template-coe');
    assert.deepEqual(brief([found]), [['cluster-template-coe', 'information', rangeOf(text, 'swarm', 1)]]);
    assert.equal(applyFix(text, found, /swarm-mode/), text.replace('    --coe swarm\n', '    --coe swarm-mode\n'));
    const late = only(lintFixture(SEED, { release: '2024.1' }).diagnostics, 'cluster-template-coe');
    assert.deepEqual(late.filter((d) => d.severity === 'error').map((d) => d.range.start.line), [7, 8, 9]);
    assert.deepEqual(late.filter((d) => d.severity === 'information').map((d) => d.range), [rangeOf(text, 'fedora-atomic-latest'), rangeOf(text, 'fedora-atomic-27'), rangeOf(text, 'fedora-atomic-27', 1)]);
    assert.equal(late.find((d) => d.severity === 'error')!.message, "Magnum 2024.1 does not accept coe 'swarm' (accepted from rocky to 2023.2); it accepts 'kubernetes'.");
  });

  test('--docker-storage-driver=overlay on Fedora Atomic (the = form; fix to overlay2)', () => {
    const { text, diagnostics } = lintFixture(SEED, { release: '2023.1' });
    const found = only(diagnostics, 'docker-storage-driver').filter((d) => d.severity === 'warning');
    assert.deepEqual(brief(found), [['docker-storage-driver', 'warning', rangeOf(text, 'overlay', 1)]]);
    assert.match(found[0].message, /^--docker-storage-driver overlay on a Fedora Atomic image: with SELinux enforcing, containers fail with "permission denied"/);
    assert.equal(applyFix(text, found[0]), text.replace('--docker-storage-driver=overlay', '--docker-storage-driver=overlay2'));
  });

  test('quoted values are read; computed values ($VAR), other commands, comments and echo stay silent', () => {
    const { diagnostics } = lintFixture(SEED, { release: '2023.1' });
    assert.deepEqual([...new Set(diagnostics.map((d) => d.range.start.line))], [6, 7, 8, 9]);
  });

  test('a file without coe commands is claimed as shell and gets nothing', () => {
    const analysis = analyze({ path: 'deploy.sh', text: 'openstack server list\n' });
    assert.equal(analysis.kind, 'shell');
    assert.deepEqual(lintText('deploy.sh', 'openstack server list\nopenstack coe cluster list\n'), []);
    assert.equal(analyze({ path: 'run', text: '#!/usr/bin/env bash\necho\n' }).kind, 'shell');
    assert.equal(analyze({ path: 'run', text: '#!/usr/bin/python3\n' }).kind, undefined);
  });
});

describe('shell: labels', () => {
  const ubuntu = { release: '2026.1' };

  test('one --labels is split on commas; each finding sits on its label', () => {
    const { text, diagnostics } = lintFixture(LABELS, ubuntu);
    const line7 = diagnostics.filter((d) => d.range.start.line === 6);
    assert.deepEqual(brief(line7), [
      ['label-value', 'error', rangeIn(text, 'auto_scaling_enabled=enabled', 'enabled')],
      ['unknown-label', 'warning', rangeOf(text, 'audit_log_maxage')],
      ['label-combination', 'error', rangeOf(text, 'ROUND_ROBIN')],
    ]);
    assert.equal(line7[0].message, "auto_scaling_enabled=enabled: magnum-capi-helm 1.4.0 reads it as the default ([capi_helm_cluster_labels] auto_scaling_enabled in magnum.conf, false unless set): bool_from_string does not know 'enabled' and falls back without a word; "
      + 'magnum-cluster-api v0.38.1 fails the cluster: a strict boolean must be one of 1/t/true/on/y/yes/0/f/false/off/n/no.');
    assert.equal(applyFix(text, line7[0]), text.replace('auto_scaling_enabled=enabled', 'auto_scaling_enabled=true'));
    assert.equal(applyFix(text, line7[1]), text.replace('audit_log_maxage=7', 'audit_log_max_age=7'));
    assert.equal(applyFix(text, line7[2]), text.replace('ROUND_ROBIN', 'SOURCE_IP_PORT'));
  });

  test('repeated --labels are taken whole; kube_tag missing for magnum-cluster-api; Heat-era label renamed for capi-helm', () => {
    const { text, diagnostics } = lintFixture(LABELS, ubuntu);
    const template = diagnostics.filter((d) => d.range.start.line === 7 || d.range.start.line === 8);
    assert.deepEqual(template.map((d) => d.rule), ['required-label', 'label-value', 'heat-label-to-capi']);
    assert.deepEqual(template[0].range, { start: { line: 7, character: 0 }, end: { line: 7, character: 37 } });
    assert.match(template[0].message, /^No label kube_tag: magnum-cluster-api v0\.38\.1 has no default for it/);
    assert.deepEqual(template[1].range, rangeOf(text, '20GB'));
    assert.equal(template[2].message, "'master_lb_allowed_cidrs' is a label of the Heat driver k8s_fedora_coreos_v1: magnum-capi-helm 1.4.0 reads it as 'api_master_lb_allowed_cidrs'; magnum-cluster-api v0.38.1 does not support it. As written it is ignored.");
    const helm = only(lintFixture(LABELS, { ...ubuntu, driver: 'k8s_capi_helm_v1' }).diagnostics, 'heat-label-to-capi');
    assert.deepEqual(helm.map((d) => d.range), [rangeOf(text, 'kube_tag'), rangeOf(text, 'master_lb_allowed_cidrs')]);
    assert.match(helm[0].message, /magnum-capi-helm 1\.4\.0 ignores it and takes this from the Glance image property kube_version/);
    assert.equal(applyFix(text, helm[1]), text.replace('--labels master_lb_allowed_cidrs', '--labels api_master_lb_allowed_cidrs'));
    assert.deepEqual(only(lintFixture(LABELS, { ...ubuntu, driver: 'k8s_capi_helm_v1' }).diagnostics, 'required-label'), []);
  });

  test('--labels on cluster create without --merge-labels names the template labels it drops; the fix adds --merge-labels', () => {
    const { text, diagnostics } = lintFixture(LABELS, ubuntu);
    const found = only(diagnostics, 'merge-labels');
    assert.deepEqual(found.map((d) => d.range), [rangeOf(text, '--labels', 3)]);
    assert.equal(found[0].message, "The cluster's labels replace the template's labels without --merge-labels: kube_tag, auto_scaling_enabled, audit_log_maxage, octavia_provider, octavia_lb_algorithm from the template would be dropped. "
      + 'magnum-cluster-api then has no kube_tag, and the cluster fails to create and to delete.');
    assert.equal(applyFix(text, found[0]), text.replace('boot_volume_size=30 --node-count 2', 'boot_volume_size=30 --node-count 2 --merge-labels'));
  });

  test('a label value from a variable is not judged; a variable holding all labels silences the missing-label check', () => {
    const text = 'openstack coe cluster template create t --image ubuntu-jammy --coe kubernetes --network-driver calico --labels "auto_scaling_enabled=$AS"\n'
      + 'openstack coe cluster template create u --image ubuntu-jammy --coe kubernetes --network-driver calico --labels "$LABELS"\n';
    assert.deepEqual(lintText('t.sh', text, { driver: 'k8s_cluster_api_ubuntu' }).map((d) => [d.rule, d.range.start.line]), [['required-label', 0]]);
  });

  test('addLabel writes into the one --labels (inside its quotes), else a new --labels', () => {
    const doc = shellDocument("openstack coe cluster template create t --labels 'a=1,b=2'\nopenstack coe cluster template create u --labels a=1 --labels b=2,c\n");
    const [t, u] = doc.specs;
    const inside = doc.text.indexOf("b=2'") + 3;
    assert.deepEqual(t.edits.addLabel('octavia_lb_algorithm', 'SOURCE_IP_PORT'), [{ start: inside, end: inside, newText: ',octavia_lb_algorithm=SOURCE_IP_PORT' }]);
    assert.deepEqual(u.labels.map((l) => [l.name, l.value]), [['a', '1'], ['b', '2,c']]);
    assert.deepEqual(u.edits.addLabel('x', 'y'), [{ start: doc.text.length - 1, end: doc.text.length - 1, newText: ' --labels x=y' }]);
  });
});
