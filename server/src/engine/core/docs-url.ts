/** Public links to the project's pages, from package.json's repository: what SARIF, JSON and LSP diagnostics point to. */
import pkg from '../../../../package.json';

/** https://github.com/OWNER/NAME, from `repository.url` (git+https or .git forms accepted). */
export const REPOSITORY_URL: string = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

export const README_URL = `${REPOSITORY_URL}#readme`;

export function ruleDocsUrl(rule: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${rule}.md`;
}
