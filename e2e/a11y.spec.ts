import type { Page } from '@playwright/test'
import { axe } from './axe'
import { expect, test } from './fixtures'

// Every test here opens its own page and only reads: they may run on both workers at once.
test.describe.configure({ mode: 'parallel' })

/**
 * The rules whose result depends on the colour scheme: they compare computed colours. The theme
 * changes colours only (prefers-color-scheme media queries and Monaco's theme class), never the
 * DOM, the text or the names, so every other rule gives the same result in either theme.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

/** Serious and critical axe violations on the page as it is (or of `rules` only), with where. */
async function seriousViolations(page: Page, rules?: string[]) {
  const builder = axe(page)
  if (rules) builder.withRules(rules)
  const results = await builder.analyze()
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
 * The playground has painted everything it paints on its own: the panels that load after the
 * verdict (flow, timeline, experiments, token inspector, step list) and Monaco's first editor with
 * its text. What axe checks is then the whole page, not its first paint.
 */
async function playgroundSettled(page: Page) {
  for (const css of [
    '.flow',
    '.timeline',
    '.experiments',
    '[data-testid="inspector"]',
    '.playground__trace ol, .playground__trace ul',
    '.playground__inputs .monaco-editor .view-line',
  ])
    await expect(page.locator(css).first(), css).toBeVisible()
}

/** The colour scheme is in effect everywhere, Monaco's editors included (they follow it live). */
async function schemeApplied(page: Page, scheme: 'light' | 'dark') {
  expect(
    await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
    'prefers-color-scheme',
  ).toBe(scheme === 'dark')
  await expect(
    page.locator(scheme === 'dark' ? '.monaco-editor:not(.vs-dark)' : '.monaco-editor.vs-dark'),
  ).toHaveCount(0)
}

/**
 * The views, each opened by its URL. The failing scenario comes last: its link becomes the
 * autosaved work, and the views before it show the default scenario, as on a first visit. The
 * playground views wait for their lazy panels; the others are one chunk, there once `main` is.
 */
const views = [
  { name: 'playground', path: '/', playground: true },
  { name: 'presentation', path: '/?view=present', playground: false },
  { name: 'presenter view', path: '/?view=presenter', playground: false },
  { name: 'embed view', path: '/?view=embed', playground: false },
  { name: 'a failing scenario', path: '/#p=wrong-namespace', playground: true },
]

/*
 * Each view in both themes and both languages, without loading it four times. Each view loads
 * fresh in (light, en) and in (dark, ko), and axe runs every rule there: every rule meets every
 * view in each language and in each theme. The other two combinations differ from those only in
 * colours (the language is the same, the DOM is the same), so on the same page the scheme is
 * switched (the app follows prefers-color-scheme live) and the colour rules run again:
 * (dark, en) and (light, ko) are checked for everything the theme can change.
 */
for (const [scheme, language, other] of [
  ['light', 'en', 'dark'],
  ['dark', 'ko', 'light'],
] as const) {
  test(`axe: ${views.map((v) => v.name).join(', ')} (${scheme}, ${language}; colours also in ${other})`, async ({
    page,
  }) => {
    // Five views, fifteen axe runs: a hang guard for the lot (a loaded machine runs axe slowly).
    test.setTimeout(600_000)
    await page.addInitScript((lang) => localStorage.setItem('irsa-lab.language', lang), language)
    for (const view of views) {
      await test.step(view.name, async () => {
        await page.emulateMedia({ colorScheme: scheme })
        await page.goto(view.path)
        await expect(page.locator('main, [role=main]').first()).toBeVisible()
        await expect(page.locator('html')).toHaveAttribute('lang', language)
        if (view.playground) await playgroundSettled(page)
        await schemeApplied(page, scheme)
        expect(await seriousViolations(page), `${view.name} (${scheme}, ${language})`).toEqual([])
        await page.emulateMedia({ colorScheme: other })
        await schemeApplied(page, other)
        expect(
          await seriousViolations(page, COLOUR_RULES),
          `${view.name} (${other}, ${language}): colours`,
        ).toEqual([])
      })
    }
  })
}

test('axe: the gallery, share, Glossary and IRSA vs Pod Identity dialogs', async ({ page }) => {
  // Four axe runs (the Glossary is long): a hang guard.
  test.setTimeout(600_000)
  await page.goto('/')
  await expect(
    page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
  ).toBeVisible()
  await test.step('gallery', async () => {
    await page.getByRole('button', { name: 'Gallery' }).click()
    await expect(page.getByRole('dialog', { name: 'Scenario gallery' })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })
  await test.step('share', async () => {
    await page.getByRole('button', { name: 'Share link' }).click()
    await expect(page.getByTestId('share-url')).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })
  // Each dialog on the page with everything else painted (the verdict's panels and the editors).
  await playgroundSettled(page)
  for (const name of ['Glossary', 'IRSA vs Pod Identity']) {
    await test.step(name, async () => {
      await page.getByRole('button', { name, exact: true }).click()
      await expect(page.getByRole('dialog').first()).toBeVisible()
      expect(await seriousViolations(page), name).toEqual([])
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toHaveCount(0)
    })
  }
})

/**
 * The tour and the challenges, each checked in English and then in Korean (switched on the same
 * page with the language select, as a user does; a fresh load in Korean is checked above).
 */
test('axe: the tour and the challenges (en, ko); an open tour leaves the toolbar usable', async ({
  page,
}) => {
  // Two pages, four axe runs: a hang guard.
  test.setTimeout(600_000)
  const inBoth = async (what: string) => {
    expect(await seriousViolations(page), `${what} (en)`).toEqual([])
    await page.getByLabel(/^(Language|언어)/).selectOption('ko')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await expect(page.getByRole('list', { name: 'IRSA 체인의 단계' })).toBeVisible()
    expect(await seriousViolations(page), `${what} (ko)`).toEqual([])
    await page.getByLabel(/^(Language|언어)/).selectOption('en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  }
  await test.step('tour', async () => {
    await page.goto('/?tour=3')
    await expect(page.getByTestId('verdict')).toBeVisible()
    const tour = page.locator('section[aria-labelledby="tour-title"]')
    await expect(tour.getByRole('heading', { level: 2 })).toBeVisible()
    await playgroundSettled(page)
    await inBoth('tour')
    await expect(tour.getByRole('heading', { level: 2 })).toBeVisible()
  })
  await test.step('an open tour leaves the toolbar usable', async () => {
    await expect(page.getByRole('heading', { name: /passport/ })).toBeVisible()
    await page.getByRole('button', { name: 'Glossary', exact: true }).click({ timeout: 5000 })
    await expect(page.getByRole('dialog').first()).toBeVisible()
  })
  await test.step('challenges', async () => {
    await page.goto('/?challenges=payments-only,attack-no-sub')
    await expect(page.getByTestId('verdict')).toBeVisible()
    await expect(page.locator('#challenges-panel')).toBeVisible()
    await playgroundSettled(page)
    await inBoth('challenges')
  })
})
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
