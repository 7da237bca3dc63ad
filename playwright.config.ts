// End-to-end tests: the built app (one process, one port) on a fresh embedded database, driven in Debian's Chromium.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4310);
export const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  // A hang guard, not a speed check: a save on the loaded two-core CI machine has taken over 7 s.
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    locale: 'en-US',
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    { name: 'chromium', testMatch: /.*\.spec\.ts/, dependencies: ['setup'] },
    // The main journeys again on a 390 × 844 touch screen (screenshots per project). Not `isMobile`: under Chromium's
    // mobile emulation a Select's dropdown in a full-screen dialog was placed 180 px to the right (open question).
    {
      name: 'phone',
      testMatch: /journeys\.spec\.ts/,
      dependencies: ['setup'],
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true },
    },
  ],
  webServer: {
    command: 'node e2e/server.mjs',
    url: `${baseURL}/readyz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { PORT: String(PORT) },
  },
});
