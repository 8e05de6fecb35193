/** Rename of Heat parameters and resources over LSP: across nested templates and environments, refused where unsafe. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { PrepareRenameRequest, RenameRequest, type Position, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { rangeOf } from './helpers';
import { LspClient, REPO_ROOT } from './lsp-client';

const TEMPLATES = resolve(REPO_ROOT, 'test/fixtures/heat/nested/drivers/demo_driver/templates');
const uriOf = (name: string) => pathToFileURL(resolve(TEMPLATES, name)).toString();
const textOf = (name: string) => readFileSync(resolve(TEMPLATES, name), 'utf8');
const at = (text: string, needle: string, occurrence = 0): Position => rangeOf(text, needle, occurrence).start;

/** file name -> the ranges edited, each as "line:start-end" (the new text checked apart). */
function brief(edit: WorkspaceEdit | null, newName: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
    out[uri.split('/').pop()!] = (edits as TextEdit[]).map((e) => {
      assert.equal(e.newText, newName);
      assert.equal(e.range.start.line, e.range.end.line);
      return `${e.range.start.line}:${e.range.start.character}-${e.range.end.character}`;
    }).sort();
  }
  return out;
}
const spots = (text: string, needle: string, occurrences: number[]) => occurrences.map((n) => {
  const r = rangeOf(text, needle, n);
  return `${r.start.line}:${r.start.character}-${r.end.character}`;
}).sort();

describe('rename over LSP', () => {
  let client: LspClient;
  const node = textOf('node.yaml');
  const good = textOf('cluster-good.yaml');
  const bad = textOf('cluster-bad.yaml');
  before(async () => {
    client = await LspClient.start();
    await client.open(uriOf('node.yaml'), 'yaml', node);
    await client.open(uriOf('cluster-good.yaml'), 'yaml', good);
  });
  after(async () => { await client.shutdown(); });

  const rename = (uri: string, position: Position, newName: string) => client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName });
  const prepare = (uri: string, position: Position) => client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position });

  test('the server announces rename', () => {
    assert.ok(client.initializeResult?.capabilities.renameProvider);
  });

  test('a nested template parameter: its declaration, its get_param, and the property key of every parent that passes it', async () => {
    assert.deepEqual(await prepare(uriOf('node.yaml'), at(node, 'fixed_subnet')), { range: rangeOf(node, 'fixed_subnet'), placeholder: 'fixed_subnet' });
    const expected = {
      'node.yaml': spots(node, 'fixed_subnet', [0, 1]),
      'cluster-good.yaml': spots(good, 'fixed_subnet', [3]),
      'cluster-bad.yaml': spots(bad, 'fixed_subnet', [3]),
    };
    assert.deepEqual(brief(await rename(uriOf('node.yaml'), at(node, 'fixed_subnet', 1), 'subnet_id'), 'subnet_id'), expected);
    // The same rename started from the parent's property key.
    assert.deepEqual(brief(await rename(uriOf('cluster-good.yaml'), at(good, 'fixed_subnet', 3), 'subnet_id'), 'subnet_id'), expected);
  });

  test("a parameter of the parent only: the parent's declaration and uses, not the nested templates' same-named ones", async () => {
    const edit = await rename(uriOf('cluster-good.yaml'), at(good, 'number_of_nodes'), 'node_count');
    assert.deepEqual(brief(edit, 'node_count'), { 'cluster-good.yaml': spots(good, 'number_of_nodes', [0, 1]) });
  });

  test('a resource: its definition, get_attr and get_resource', async () => {
    const edit = await rename(uriOf('node.yaml'), at(node, 'port:'), 'node_port');
    assert.deepEqual(brief(edit, 'node_port'), { 'node.yaml': spots(node, 'port', [0, 1]) });
  });

  test('a quoted name keeps its quotes', async () => {
    const uri = 'file:///nonexistent/rename/quoted.yaml';
    const text = 'heat_template_version: 2018-08-31\nparameters:\n  "image":\n    type: string\nresources:\n  s:\n    type: OS::Nova::Server\n    properties:\n      image: {get_param: "image"}\n      flavor: m1\n';
    await client.open(uri, 'yaml', text);
    const edit = await rename(uri, at(text, '"image"', 1), 'glance_image');
    assert.deepEqual(edit?.changes?.[uri]?.map((e) => e.range), [
      { start: { line: 2, character: 3 }, end: { line: 2, character: 8 } },
      { start: { line: 8, character: 26 }, end: { line: 8, character: 31 } },
    ]);
  });

  test("refused, with the reason: a pseudo parameter, a taken or invalid name, a nested template's file, a template that does not parse", async () => {
    const uri = 'file:///nonexistent/rename/refuse.yaml';
    const text = 'heat_template_version: 2018-08-31\nparameters:\n  a:\n    type: string\n  b:\n    type: string\nresources:\n  r:\n    type: OS::Heat::Value\n    properties:\n      value: {list_join: ["-", [{get_param: a}, {get_param: b}, {get_param: OS::stack_name}]]}\n';
    await client.open(uri, 'yaml', text);
    await assert.rejects(prepare(uri, at(text, 'OS::stack_name')), /'OS::stack_name' is a pseudo parameter Heat provides/);
    await assert.rejects(rename(uri, at(text, 'a:'), 'b'), /'b' is already declared: the two would merge/);
    await assert.rejects(rename(uri, at(text, 'a:'), '1st'), /'1st' is not a plain name/);
    await assert.rejects(prepare(uriOf('cluster-good.yaml'), at(good, 'node.yaml')), /A nested template is renamed by renaming its file/);
    const broken = 'file:///nonexistent/rename/broken.yaml';
    const brokenText = 'heat_template_version: 2018-08-31\nparameters:\n  a:\n    type: string\nresources: [\n';
    await client.open(broken, 'yaml', brokenText);
    await assert.rejects(prepare(broken, at(brokenText, 'a:')), /does not parse: fix the YAML first/);
    assert.equal(await prepare(uri, at(text, 'heat_template_version')), null, 'nothing to rename on a keyword');
  });

  test("refused: a parameter Magnum passes by name to the driver's top-level template", async () => {
    const path = resolve(REPO_ROOT, 'test/fixtures/heat/magnum-params/drivers/k8s_coreos_v1/templates/kubecluster.yaml');
    const text = readFileSync(path, 'utf8');
    const uri = pathToFileURL(path).toString();
    await client.open(uri, 'yaml', text);
    await assert.rejects(prepare(uri, at(text, 'kube_tag:')), /Magnum passes 'kube_tag' to kubecluster\.yaml by name \(driver k8s_coreos_v1\)/);
  });

  test("environments: a driver environment's parameters key is renamed with the parameter; parameter_defaults refuses", async () => {
    const root = 'file:///nonexistent/rename-env/drivers';
    const template = `${root}/demo/templates/cluster.yaml`;
    const templateText = 'heat_template_version: 2018-08-31\nparameters:\n  flavor:\n    type: string\n  image:\n    type: string\nresources:\n  s:\n    type: OS::Nova::Server\n    properties:\n      flavor: {get_param: flavor}\n      image: {get_param: image}\n';
    const environment = `${root}/common/templates/environments/enable_floating_ip.yaml`;
    const environmentText = 'parameters:\n  flavor: m1.small\nparameter_defaults:\n  image: fedora\n';
    await client.open(environment, 'yaml', environmentText);
    await client.open(template, 'yaml', templateText);
    const edit = await rename(template, at(templateText, 'flavor:'), 'server_flavor');
    assert.deepEqual(brief(edit, 'server_flavor'), {
      'cluster.yaml': spots(templateText, 'flavor', [0, 2]),
      'enable_floating_ip.yaml': spots(environmentText, 'flavor', [0]),
    });
    await assert.rejects(prepare(template, at(templateText, 'image:')), /enable_floating_ip\.yaml sets 'image' in parameter_defaults, which reaches every template of the stack/);
  });
});
