import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_PATH } from './scripts/chromiumPath'

// E2E_DEV_PORT=<port> runs the journeys against a Vite dev server on that port instead of the
// built site (handy while developing; several can run side by side). CI always tests the build.
const devPort = process.env.E2E_DEV_PORT
// The built site's ports (`vite preview` and the sub-path server of e2e/deploy.spec.ts); another
// pair lets a second run of the built site go on beside the first.
const previewPort = Number(process.env.E2E_PREVIEW_PORT ?? 4173)
const subpathPort = Number(process.env.E2E_SUBPATH_PORT ?? 4174)
const baseURL = `http://127.0.0.1:${devPort ?? previewPort}`

export default defineConfig({
  testDir: 'e2e',
  // Two workers on the 2-core machine: every test has its own browser context (storage,
  // permissions, service workers), downloads and temporary folders, so none depends on another.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  // Hang guards, not speed checks: web-first assertions return as soon as they hold, so a
  // generous bound costs a green run nothing and keeps a run beside a CPU-heavy process green.
  // (15 s for an expectation ran out on first paints beside a load average of 40–60: 30 s now.)
  timeout: 120_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL,
    // A failing test keeps a trace of its actions, console and network. Without the screenshots
    // and DOM snapshots Playwright takes around every action, which cost a quarter of the run's
    // time on this machine (editors + flow: 1.5 min → 1.1 min); E2E_TRACE=full records them.
    trace:
      process.env.E2E_TRACE === 'full'
        ? 'retain-on-failure'
        : { mode: 'retain-on-failure', screenshots: false, snapshots: false, sources: false },
    // The preview server would gzip every chunk again for every fresh context (6.5 MB a load);
    // over the loopback the bytes as built are cheaper for both sides.
    extraHTTPHeaders: { 'Accept-Encoding': 'identity' },
    // The offline worker caches the whole build (6.5 MB) on a first visit: only the journeys
    // about it (e2e/deploy.spec.ts) let it in; everywhere else each page loads from the server.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Debian's Chromium headless shell where it is installed (scripts/chromiumPath.ts).
          executablePath: CHROMIUM_PATH,
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
          // `npm test` type-checked already (and `vite build` does not need it): one build, no
          // second `tsc -b`. A generous bound: the build takes minutes beside a CPU-heavy process.
          command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${previewPort} --strictPort`,
          url: baseURL,
          reuseExistingServer: !process.env.CI,
          timeout: 600_000,
          stdout: 'pipe',
        },
        {
          // The same build under a sub-path, as a static host would serve it (e2e/deploy.spec.ts).
          command: 'node scripts/serve-subpath.mjs',
          url: `http://127.0.0.1:${subpathPort}/healthz`,
          env: { PORT: String(subpathPort) },
          reuseExistingServer: !process.env.CI,
          timeout: 30_000,
        },
      ],
})
