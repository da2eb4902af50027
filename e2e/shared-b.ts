import type { Page } from '@playwright/test'

/**
 * Opens another scenario in the page that is already loaded, as a pasted link or a gallery link
 * does: the app listens to `hashchange` (src/app/boot.ts) and loads the fragment's scenario (with
 * `&step=<n>`, at that step), with no full page load. The caller waits for something only the new
 * scenario shows.
 */
export async function openFragment(page: Page, fragment: string) {
  await page.evaluate((f) => {
    window.location.hash = f
  }, fragment)
}

/**
 * Waits for two animation frames: a resize's layout (and the stage's fit measurement, which
 * follows a ResizeObserver) has been painted before a screenshot is taken.
 */
export async function painted(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  )
}
