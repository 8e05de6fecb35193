/** YAML built to cost without bound (issue 16), shared by the engine and the server tests. */
export const HEAT_HEAD = 'heat_template_version: 2018-08-31\n';

/** The classic document: nine levels of ten aliases each, used once in a resource (2,345,679,041 nodes written out). */
export function billionLaughs(): string {
  const lines = ['parameters:', '  p:', '    type: json', '    default:', '      a0: &a0 lol'];
  for (let i = 1; i <= 9; i++) lines.push(`      a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  lines.push('resources:', '  r:', '    type: OS::Heat::None', '    properties: {x: *a9}');
  return HEAT_HEAD + lines.join('\n') + '\n';
}

/** A template whose resource `a` is nested 10,000 deep: flow sequences, flow maps or compact block sequences. */
export function deepTemplate(kind: 'flow sequences' | 'flow maps' | 'compact block sequences'): string {
  const value = kind === 'flow sequences' ? `${'['.repeat(10_000)}${']'.repeat(10_000)}`
    : kind === 'flow maps' ? `${'{a: '.repeat(10_000)}${'}'.repeat(10_000)}`
      : `\n    ${'- '.repeat(10_000)}x`;
  return `${HEAT_HEAD}resources:\n  a: ${value}\n`;
}
