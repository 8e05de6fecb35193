/**
 * A checkout whose templates reach outside it (issue 16): `ws/` is the workspace, `outside/` holds
 * files it must not read. Every reference below resolves into `outside/`, so a finding that quotes
 * a parameter of those files proves the engine read them.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { own, scratch } from './hostile';

export interface OutsideTree {
  root: string;
  ws: string;
  outside: string;
  /** ws/t.yaml: `up` is `../outside/nested.yaml`, `absolute` the same file by absolute path. */
  template: string;
  templateText: string;
  /** ws/env.yaml: maps a type to `../outside/nestd.yaml` (a typo of a file that exists there). */
  environment: string;
  environmentText: string;
  /** ws/drivers/demo/templates/cluster.yaml: its driver's environments folder is a symlink to outside/envs. */
  cluster: string;
  clusterText: string;
}

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

export function outsideTree(): OutsideTree {
  const root = scratch();
  const ws = join(root, 'ws');
  const outside = join(root, 'outside');
  write(join(outside, 'nested.yaml'), 'heat_template_version: 2018-08-31\nparameters:\n  secret_param:\n    type: string\n');
  write(join(outside, 'envs', 'defaults.yaml'), 'parameter_defaults:\n  inner_param: from-outside\n');
  write(join(ws, '.magnum-heat.yaml'), 'release: 2024.1\n');
  const templateText = `heat_template_version: 2018-08-31\nresources:\n  up:\n    type: ../outside/nested.yaml\n  absolute:\n    type: ${join(outside, 'nested.yaml')}\n`;
  write(join(ws, 't.yaml'), templateText);
  const environmentText = 'resource_registry:\n  "My::Nested": ../outside/nestd.yaml\n';
  write(join(ws, 'env.yaml'), environmentText);
  const templates = join(ws, 'drivers', 'demo', 'templates');
  const clusterText = 'heat_template_version: 2018-08-31\nresources:\n  inner:\n    type: inner.yaml\n';
  write(join(templates, 'cluster.yaml'), clusterText);
  write(join(templates, 'inner.yaml'), 'heat_template_version: 2018-08-31\nparameters:\n  inner_param:\n    type: string\n');
  symlinkSync(join(outside, 'envs'), join(templates, 'environments'));
  for (const dir of [ws, outside, join(outside, 'envs'), join(ws, 'drivers'), join(ws, 'drivers', 'demo'), templates]) own(dir);
  return {
    root, ws, outside,
    template: join(ws, 't.yaml'), templateText,
    environment: join(ws, 'env.yaml'), environmentText,
    cluster: join(templates, 'cluster.yaml'), clusterText,
  };
}

/** What the rules say of the tree when its reads stay inside `ws/` (`file` as the messages print it: a path or a URI). */
export function expectedMessages(tree: OutsideTree, file: (path: string) => string = (p) => p): Record<'template' | 'environment' | 'cluster', string[]> {
  const nested = file(join(tree.outside, 'nested.yaml'));
  return {
    template: [
      `Nested template '../outside/nested.yaml' is outside the workspace (resolved to ${nested}), so it is not read and 'up' is not checked against it.`,
      `Nested template '${join(tree.outside, 'nested.yaml')}' is outside the workspace (resolved to ${nested}), so it is not read and 'absolute' is not checked against it.`,
    ],
    environment: [`'../outside/nestd.yaml' is outside the workspace (resolved to ${file(join(tree.outside, 'nestd.yaml'))}), so it is not read and 'My::Nested' is not checked.`],
    // Without the environment behind the symlink nothing supplies inner_param.
    cluster: [`'inner.yaml' requires parameter 'inner_param' (it has no default), but 'inner' in cluster.yaml does not pass it: an environment's parameter_defaults must supply it, or Heat rejects the nested stack. Name the environments in .magnum-heat.yaml (environments:) to check this.`],
  };
}

/** The start of what nested-parameter-mismatch says of t.yaml when outside/ may be read (`param`: what nested.yaml declares). */
export function readingOutside(tree: OutsideTree, param = 'secret_param'): string[] {
  return [`'../outside/nested.yaml' requires parameter '${param}'`, `'${join(tree.outside, 'nested.yaml')}' requires parameter '${param}'`];
}

/** Messages cut before their explanation (" (it has no default)..."), to compare with readingOutside(). */
export const heads = (messages: unknown[]) => messages.map((m) => String(m).split(' (it has')[0]);
