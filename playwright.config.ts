import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// Debian's Chromium where it is installed (this project's CI installs it); elsewhere Playwright's
// own browser, after `npx playwright install chromium`.
const debianChromium = '/usr/bin/chromium'
const executablePath = existsSync(debianChromium) ? debianChromium : undefined

// E2E_DEV_PORT=<port> runs the journeys against a Vite dev server on that port instead of the
// built site (handy while developing; several can run side by side). CI always tests the build.
const devPort = process.env.E2E_DEV_PORT
const baseURL = `http://127.0.0.1:${devPort ?? 4173}`

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: devPort
    ? {
        command: `npx vite --host 127.0.0.1 --port ${devPort} --strictPort`,
        url: baseURL,
        reuseExistingServer: true,
        timeout: 120_000,
      }
    : [
        {
          command: 'npm run build && npm run preview',
          url: baseURL,
          reuseExistingServer: !process.env.CI,
          timeout: 180_000,
          stdout: 'pipe',
        },
        {
          // The same build under a sub-path, as a static host would serve it (e2e/deploy.spec.ts).
          command: 'node scripts/serve-subpath.mjs',
          url: 'http://127.0.0.1:4174/healthz',
          reuseExistingServer: !process.env.CI,
          timeout: 30_000,
        },
      ],
})
