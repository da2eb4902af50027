import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Serious and critical axe violations on the page as it is, with where they are. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    )
}

const views = [
  { name: 'playground', path: '/' },
  { name: 'a failing scenario', path: '/#p=wrong-namespace' },
  { name: 'presentation', path: '/?view=present' },
  { name: 'presenter view', path: '/?view=presenter' },
  { name: 'embed view', path: '/?view=embed' },
]

for (const scheme of ['light', 'dark'] as const) {
  for (const language of ['en', 'ko'] as const) {
    for (const view of views) {
      test(`axe: ${view.name}, ${scheme}, ${language}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme })
        await page.addInitScript(
          (lang) => localStorage.setItem('irsa-lab.language', lang),
          language,
        )
        await page.goto(view.path)
        await expect(page.locator('main, [role=main]').first()).toBeVisible()
        await page.waitForTimeout(500)
        expect(await seriousViolations(page)).toEqual([])
      })
    }
  }
}

test('axe: the gallery and share dialogs', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('verdict')).toBeVisible()
  await page.getByRole('button', { name: 'Gallery' }).click()
  await expect(page.getByRole('dialog', { name: 'Scenario gallery' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Share link' }).click()
  await expect(page.getByTestId('share-url')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})
