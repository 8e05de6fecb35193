/**
 * (A) The extension in a real VS Code, driven like a user would: squiggles, the status bar item,
 * a hover, the Problems panel, Ctrl+. and its quick fix, a snippet. One PNG per step.
 * usage: node ui.js BASE_URL WORKSPACE SCREENSHOT_DIR
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, resultLine } from './browser';

const LONG = 90_000;
const SHORT = 30_000;

interface Step {
  name: string;
  run(page: Page): Promise<void>;
}

const [base, folder, shots] = process.argv.slice(2);
const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, name) });

async function quickOpen(page: Page, file: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: SHORT });
  await input.fill(file);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor({ timeout: SHORT });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: file }).waitFor({ timeout: SHORT });
}

/** A token of the active editor, by its exact text. */
function token(page: Page, text: string) {
  return page.locator('.editor-instance .view-line span span', { hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first();
}

const SWARM = 'drivers/swarm_fedora_atomic_v2/templates/swarmcluster.yaml';

/** 0-based line of the first line of a workspace file that equals `text`. */
function lineOf(file: string, text: string): number {
  const line = readFileSync(join(folder, file), 'utf8').split('\n').indexOf(text);
  if (line < 0) throw new Error(`'${text}' is not a line of ${file}`);
  return line;
}

/** Ctrl+G: moves the cursor of the active editor to a 1-based line and column. */
async function goToLine(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: SHORT });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: SHORT });
}

async function dismissWidgets(page: Page): Promise<void> {
  await page.mouse.move(5, 400);
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover:not(.hidden)').waitFor({ state: 'hidden', timeout: SHORT }).catch(() => undefined);
}

const steps: Step[] = [
  {
    name: 'the workbench opens the workspace',
    async run(page) {
      await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: LONG });
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'magnum.conf' }).first().waitFor({ timeout: LONG });
    },
  },
  {
    name: 'magnum.conf: a squiggle on auth_uri, language "Magnum config", the release in the status bar',
    async run(page) {
      await quickOpen(page, 'magnum.conf');
      await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: LONG });
      await page.locator('.statusbar-item', { hasText: 'Magnum config' }).first().waitFor({ timeout: SHORT });
      await page.locator('.statusbar-item', { hasText: 'OpenStack 2026.1' }).first().waitFor({ timeout: SHORT });
      await shot(page, 'magnum-conf.png');
    },
  },
  {
    name: 'hovering auth_uri shows the option documentation',
    async run(page) {
      const key = token(page, 'auth_uri');
      await key.hover();
      await page.locator('.monaco-hover:not(.hidden)', { hasText: 'www_authenticate_uri' }).first().waitFor({ timeout: SHORT });
      await shot(page, 'hover.png');
      await dismissWidgets(page);
    },
  },
  {
    name: 'swarmcluster.yaml: the missing TCP 2377 is an error; the status bar names the driver',
    async run(page) {
      await quickOpen(page, 'swarmcluster.yaml');
      await goToLine(page, lineOf(SWARM, '      rules:') + 1, 7);
      await page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: LONG });
      await page.locator('.statusbar-item', { hasText: 'swarm_fedora_atomic_v2' }).first().waitFor({ timeout: SHORT });
    },
  },
  {
    name: 'the Problems panel lists missing-port-rule and auth-uri-deprecated',
    async run(page) {
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.locator('.monaco-list-row', { hasText: 'missing-port-rule' }).first().waitFor({ timeout: SHORT });
      await panel.locator('.monaco-list-row', { hasText: 'auth-uri-deprecated' }).first().waitFor({ timeout: SHORT });
      await shot(page, 'problems.png');
    },
  },
  {
    name: 'Ctrl+. on the squiggle offers "Add an ingress rule for TCP 2377"',
    async run(page) {
      await goToLine(page, lineOf(SWARM, '      rules:') + 1, 7);
      await page.keyboard.press('Control+Period');
      await page.locator('.action-widget .monaco-list-row', { hasText: 'Add an ingress rule for TCP 2377' }).first().waitFor({ timeout: SHORT });
      await page.locator('.action-widget .monaco-list-row', { hasText: 'Disable missing-port-rule for this line' }).first().waitFor({ timeout: SHORT });
      await shot(page, 'quick-fix.png');
    },
  },
  {
    name: 'applying the quick fix inserts the rule and the error goes away',
    async run(page) {
      await page.locator('.action-widget .monaco-list-row', { hasText: 'Add an ingress rule for TCP 2377' }).first().click();
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'missing-port-rule' }).first().waitFor({ state: 'detached', timeout: SHORT });
      await page.locator('.editor-instance .squiggly-error').first().waitFor({ state: 'detached', timeout: SHORT });
      await goToLine(page, lineOf(SWARM, '          port_range_max: 53') + 3, 1);
      await token(page, '2377').waitFor({ timeout: SHORT });
      await shot(page, 'fixed.png');
    },
  },
  {
    name: 'in the rule list, typing heat-ingress offers the snippet and Enter inserts the rule',
    async run(page) {
      // A new line after the rule the quick fix added (the last of the list), at the list's indentation.
      await page.locator('.editor-instance .view-line span span', { hasText: /^2377$/ }).last().click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.type('        heat-ingress');
      await page.keyboard.press('Control+Space');
      await page.locator('.suggest-widget .monaco-list-row', { hasText: 'heat-ingress-rule' }).first().waitFor({ timeout: SHORT });
      await shot(page, 'snippet-suggest.png');
      await page.keyboard.press('Enter');
      await token(page, 'direction').waitFor({ timeout: SHORT });
      await token(page, '443').first().waitFor({ timeout: SHORT });
      // Once the new text is checked, the problems of the half-typed prefix are gone.
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'heat-ingress' }).first().waitFor({ state: 'detached', timeout: SHORT });
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'yaml-syntax' }).first().waitFor({ state: 'detached', timeout: SHORT });
      await shot(page, 'snippet.png');
    },
  },
  {
    name: 'a click on the status bar item picks another release, and the item shows it',
    async run(page) {
      await page.locator('.statusbar-item', { hasText: 'OpenStack 2026.1' }).first().click();
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: SHORT });
      await input.fill('rocky');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'rocky' }).first().waitFor({ timeout: SHORT });
      await page.keyboard.press('Enter');
      await page.locator('.statusbar-item', { hasText: 'OpenStack rocky · swarm_fedora_atomic_v2' }).first().waitFor({ timeout: SHORT });
    },
  },
];

async function main(): Promise<number> {
  const browser = await launch();
  let passed = 0;
  let failed = 0;
  try {
    for (const step of steps) {
      if (failed > 0) {
        failed++;
        console.log(`  SKIP ${step.name} (an earlier step failed)`);
        continue;
      }
      const started = Date.now();
      try {
        await step.run(browser.page);
        passed++;
        console.log(`  ok   ${step.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.log(`  FAIL ${step.name}: ${(error as Error).message.split('\n')[0]}`);
        await shot(browser.page, 'failure.png').catch(() => undefined);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(resultLine('UI (playwright)', passed, failed));
  return failed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.log(`UI driver failed: ${String((error as Error).stack ?? error)}`);
  console.log(resultLine('UI (playwright)', 0, steps.length));
  process.exit(1);
});
