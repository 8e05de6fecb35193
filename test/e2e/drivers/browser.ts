/** Debian chromium through playwright-core, with a throwaway profile; shared by both drivers. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launch(viewport = { width: 1400, height: 860 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'magnum-heat-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, viewport,
  });
  const page = context.pages()[0] ?? await context.newPage();
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Writes the driver's result where run.sh collects it: one line of JSON. */
export function resultLine(name: string, passed: number, failed: number): string {
  return `E2E-RESULT ${JSON.stringify({ name, passed, failed })}`;
}
