/** Hovers on declarations (parameters, resources), on properties passed to a nested template, on `type: file.yaml`. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { MarkupContent } from 'vscode-languageserver-protocol/node';
import { rangeOf } from './helpers';
import { LspClient, REPO_ROOT } from './lsp-client';

const TEMPLATES = resolve(REPO_ROOT, 'test/fixtures/heat/nested/drivers/demo_driver/templates');
const uri = pathToFileURL(resolve(TEMPLATES, 'cluster-good.yaml')).toString();
const text = readFileSync(resolve(TEMPLATES, 'cluster-good.yaml'), 'utf8');

describe('hover on declarations and nested templates', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
    await client.open(uri, 'yaml', text);
  });
  after(async () => { await client.shutdown(); });

  async function hoverOn(needle: string, occurrence: number): Promise<{ value: string; range: unknown }> {
    const hover = await client.hover(uri, rangeOf(text, needle, occurrence).start);
    assert.ok(hover && MarkupContent.is(hover.contents), `a markdown hover on '${needle}' #${occurrence}`);
    return { value: hover.contents.value, range: hover.range };
  }

  test('a parameter declaration: its type and default', async () => {
    const { value, range } = await hoverOn('number_of_nodes', 0);
    assert.match(value, /^\*\*number_of_nodes\*\* · parameter · number\n\nDefault: `1`/);
    assert.deepEqual(range, rangeOf(text, 'number_of_nodes', 0));
  });

  test('a resource declaration: its type and what the type is', async () => {
    const { value } = await hoverOn('nodes:', 1);
    assert.match(value, /^\*\*nodes\*\* · resource · `OS::Heat::ResourceGroup`/);
  });

  test('a property passed to a nested template: the nested parameter it sets', async () => {
    const { value, range } = await hoverOn('fixed_subnet', 3);
    assert.match(value, /^\*\*fixed_subnet\*\* · parameter · string\n\nNo default: a value must be passed\.\n\n\*Parameter of node\.yaml\*/);
    assert.deepEqual(range, rangeOf(text, 'fixed_subnet', 3));
  });

  test('`type: node.yaml`: the nested template, its parameters (required ones apart) and outputs', async () => {
    const { value } = await hoverOn('node.yaml', 0);
    assert.match(value, /^\*\*node\.yaml\*\* · nested template\n\nParameters \(3\): `name`, `node_index`, `fixed_subnet`\.\n\nRequired \(no default\): `name`, `fixed_subnet`\.\n\nOutputs: `ip`\./);
    assert.match(value, /OpenStack 2026\.1\*$/);
  });
});
