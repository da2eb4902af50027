/**
 * The Chromium the journeys (playwright.config.ts) and the bench (scripts/bench/browser.ts) run:
 * Debian's Chromium headless shell where it is installed (this project's CI installs it), else
 * Debian's Chromium; elsewhere `undefined`, Playwright's own browser, after `npx playwright install
 * chromium`.
 *
 * The headless shell first: the same Blink and V8 as Debian's Chromium without the browser's UI
 * layers. A quarter less time per page load here (3.6 s → 2.8 s to Monaco's first lines), and no
 * page of the browser's own beside the page under test: in the full browser's headless mode every
 * new browser context opens a window whose omnibox popup (a WebUI page of about 400 modules,
 * chrome://omnibox-popup.top-chrome) loads in a renderer of its own. Traced on 7 Dec, that
 * renderer's main thread was as busy as the page's during a first visit, on a 2-core machine: the
 * bench's first visits (the app's and the floors') took 1.7–2.0 s instead of 0.9–1.1, and their
 * ratios moved with it. A visitor's browser has that popup ready once, not per page.
 */
import { existsSync } from 'node:fs'

export const CHROMIUM_PATH = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find(
  (path) => existsSync(path),
)
