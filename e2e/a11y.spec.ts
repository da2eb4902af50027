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

/**
 * The views, each opened by its URL. The failing scenario comes last: its link becomes the
 * autosaved work, and the views before it show the default scenario, as on a first visit.
 */
const views = [
  { name: 'playground', path: '/' },
  { name: 'presentation', path: '/?view=present' },
  { name: 'presenter view', path: '/?view=presenter' },
  { name: 'embed view', path: '/?view=embed' },
  { name: 'a failing scenario', path: '/#p=wrong-namespace' },
]

// One page per scheme and language (the views load in turn into it): fewer browser contexts.
for (const scheme of ['light', 'dark'] as const) {
  for (const language of ['en', 'ko'] as const) {
    test(`axe: ${views.map((v) => v.name).join(', ')} (${scheme}, ${language})`, async ({
      page,
    }) => {
      // Five views: a hang guard for the lot.
      test.setTimeout(300_000)
      await page.emulateMedia({ colorScheme: scheme })
      await page.addInitScript((lang) => localStorage.setItem('irsa-lab.language', lang), language)
      for (const view of views) {
        await test.step(view.name, async () => {
          await page.goto(view.path)
          await expect(page.locator('main, [role=main]').first()).toBeVisible()
          await page.waitForTimeout(500)
          expect(await seriousViolations(page), view.name).toEqual([])
        })
      }
    })
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

for (const language of ['en', 'ko'] as const) {
  test(`axe: the tour and the challenges (${language})`, async ({ page }) => {
    await page.addInitScript((lang) => localStorage.setItem('irsa-lab.language', lang), language)
    await page.goto('/?tour=3')
    await expect(page.getByTestId('verdict')).toBeVisible()
    await expect(
      page
        .getByRole('region')
        .filter({ has: page.getByRole('heading', { level: 2 }) })
        .first(),
    ).toBeVisible()
    await page.waitForTimeout(800)
    expect(await seriousViolations(page)).toEqual([])
    await page.goto('/?challenges=payments-only,attack-no-sub')
    await expect(page.getByTestId('verdict')).toBeVisible()
    await page.waitForTimeout(800)
    expect(await seriousViolations(page)).toEqual([])
  })
}

for (const name of ['Glossary', 'IRSA vs Pod Identity']) {
  test(`axe: the ${name} dialog`, async ({ page }) => {
    await page.goto('/')
    await expect(
      page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
    ).toBeVisible()
    await page.getByRole('button', { name, exact: true }).click()
    await expect(page.getByRole('dialog').first()).toBeVisible()
    await page.waitForTimeout(800)
    expect(await seriousViolations(page)).toEqual([])
  })
}

test('keyboard only: open a gallery scenario, press its fix, and see focus at every stop', async ({
  page,
}) => {
  await page.goto('/')
  await expect(
    page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
  ).toBeVisible()
  const focusVisible = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return false
      const style = getComputedStyle(el)
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    })
  // The toolbar's first button is reached by Tab, and shows where the focus is.
  for (
    let i = 0;
    i < 10 &&
    !(await page
      .getByRole('button', { name: 'Gallery' })
      .evaluate((b) => b === document.activeElement));
    i++
  )
    await page.keyboard.press('Tab')
  expect(await focusVisible()).toBe(true)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Scenario gallery' })
  await expect(dialog).toBeVisible()
  const open = dialog
    .getByRole('listitem')
    .filter({ hasText: 'Provider client ID wrong' })
    .getByRole('button', { name: 'Open' })
  await open.focus()
  expect(await focusVisible()).toBe(true)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('sts-error')).toContainText('Incorrect token audience')
  const fix = page.getByRole('button', { name: /Add sts.amazonaws.com to the provider/ })
  await fix.focus()
  expect(await focusVisible()).toBe(true)
  await page.keyboard.press('Enter')
  await expect(
    page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
  ).toBeVisible()
  // Focus comes back to the verdict's heading, announced as a status.
  await expect(page.locator('#verdict-title')).toBeFocused()
})

test('an open tour leaves the toolbar usable', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/?tour=3')
  await expect(page.getByRole('heading', { name: /passport/ })).toBeVisible()
  await page.getByRole('button', { name: 'Glossary', exact: true }).click({ timeout: 5000 })
  await expect(page.getByRole('dialog').first()).toBeVisible()
})
