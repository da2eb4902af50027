import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * axe on the page as it is, run in the page itself (`setLegacyMode`): the default mode runs it frame
 * by frame and then opens a blank page to merge the results, which more than doubled each run's
 * cost (4.2 s → 1.7 s for every rule on the playground). The app has no iframes, so the page is the
 * whole of it: this fails if one ever appears, rather than leaving it unchecked.
 */
export function axe(page: Page): AxeBuilder {
  expect(page.frames(), 'frames axe would not see in legacy mode').toHaveLength(1)
  return new AxeBuilder({ page }).setLegacyMode(true)
}
