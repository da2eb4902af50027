import type { Page } from '@playwright/test'
import { draftField, editors, pasteIntoEditor } from './editing'
import { expect, test } from './fixtures'

test.use({ viewport: { width: 1440, height: 900 } })
// Its tests are independent (each its own browser context): the two workers may share them out.
test.describe.configure({ mode: 'parallel' })

const panel = (page: Page) => page.getByRole('region', { name: 'Workshop challenges' })
const status = (page: Page) => panel(page).getByTestId('challenge-status')
const verdictHeading = (page: Page, name: string) =>
  page.getByTestId('verdict').getByRole('heading', { name })

async function open(page: Page, path = '/') {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(path)
  await expect(verdictHeading(page, 'Credentials issued')).toBeVisible({ timeout: 20_000 })
}

// One page: the experiments (each undone) on the scenario as it loads, then the challenge.
test('an experiment changes the verdict, and Undo brings it back; a challenge solved by editing the trust policy is checked live and kept after reload', async ({
  page,
}) => {
  // Two parts in one page: a generous hang guard for a loaded machine, not a speed check.
  test.setTimeout(300_000)
  await open(page)
  await test.step('an experiment changes the verdict, and Undo brings it back', async () => {
    const experiments = page.getByRole('region', { name: 'Experiments' })
    await experiments.getByRole('button', { name: 'Move the clock past the token’s exp' }).click()
    await expect(verdictHeading(page, 'STS refused')).toBeVisible()
    await expect(page.getByTestId('sts-error')).toContainText('ExpiredTokenException')
    await expect(experiments.getByRole('status')).toContainText('Applied: Move the clock past')
    await experiments.getByRole('button', { name: 'Undo' }).click()
    await expect(verdictHeading(page, 'Credentials issued')).toBeVisible()

    // The toolbar's Undo works the same way.
    await experiments.getByRole('button', { name: 'Empty the JWKS' }).click()
    await expect(verdictHeading(page, 'STS refused')).toBeVisible()
    await page.getByRole('navigation').getByRole('button', { name: 'Undo' }).click()
    await expect(verdictHeading(page, 'Credentials issued')).toBeVisible()
  })

  await test.step('a challenge solved by editing the trust policy is checked live and kept after reload', async () => {
    await page.getByRole('button', { name: 'Challenges' }).click()
    await panel(page)
      .getByRole('button', { name: /The pod moved to production/ })
      .click()
    await panel(page).getByRole('button', { name: 'Start this challenge' }).click()
    await expect(verdictHeading(page, 'STS refused')).toBeVisible()
    await expect(status(page)).toHaveText(/Not solved yet/)

    // A hint, one at a time.
    await panel(page).getByRole('button', { name: 'Show hint 1 of 3' }).click()
    await expect(panel(page)).toContainText('compare its :sub with the token’s sub claim')
    await expect(panel(page).getByRole('button', { name: 'Show hint 2 of 3' })).toBeVisible()
    await page.screenshot({ path: 'screenshots/challenges-desktop.png' })

    // Edit the trust policy in Monaco: the namespace the pod now runs in.
    await expect(editors(page).locator('.monaco-editor').first()).toBeVisible({ timeout: 30_000 })
    await editors(page)
      .getByRole('tab', { name: /Trust policy/ })
      .click()
    const trust = await draftField(page, 'trustPolicy')
    await pasteIntoEditor(
      page,
      trust.replace(
        'system:serviceaccount:example:example-sa',
        'system:serviceaccount:production:example-sa',
      ),
      'Trust policy',
    )
    await expect(verdictHeading(page, 'Credentials issued')).toBeVisible()
    await expect(status(page)).toHaveText(/Solved/)
    await expect(panel(page)).toContainText(
      'A token of system:serviceaccount:example:example-sa is refused',
    )

    // Progress is saved locally.
    await page.reload()
    await expect(panel(page)).toBeVisible({ timeout: 20_000 })
    await expect(panel(page)).toContainText('1 of 13 solved')
    await expect(
      panel(page)
        .getByRole('button', { name: /The pod moved to production/ })
        .getByLabel('Solved'),
    ).toBeVisible()
  })
})

test('an instructor’s link opens its set; the attacker mints a token and gets in', async ({
  page,
}) => {
  await open(page, '/?challenges=attack-no-sub,payments-only,not-a-challenge')
  // The panel is a lazy chunk after the verdict: a generous hang guard for a loaded machine.
  await expect(panel(page)).toContainText('Your instructor’s set: 2 challenges', {
    timeout: 60_000,
  })
  const list = panel(page).getByRole('list', { name: 'Challenges in this set' })
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expect(panel(page).getByRole('heading', { name: 'Attacker: no :sub' })).toBeVisible()
  await expect(page).not.toHaveURL(/challenges=/)

  await panel(page).getByRole('button', { name: 'Start this challenge' }).click()
  await expect(status(page)).toHaveText(/Not solved yet/)
  await panel(page).getByRole('textbox', { name: 'Namespace' }).fill('dev')
  await panel(page).getByRole('textbox', { name: 'ServiceAccount' }).fill('debug-shell')
  await panel(page).getByRole('button', { name: 'Mint and use this token' }).click()
  await expect(status(page)).toHaveText(/Solved/)
  await expect(page.getByTestId('verdict')).toContainText('system:serviceaccount:dev:debug-shell')

  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'screenshots/challenges-dark.png' })
})

test('phone: the panel and the experiments fit 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await open(page, '/?challenges=attack-stolen-token,kubelet-refresh')
  await expect(panel(page)).toBeVisible({ timeout: 60_000 })
  // Nothing of the panel or the experiments reaches past the screen's edge.
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('#challenges-panel *, .experiments *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .map((e) => e.className),
  )
  expect(wide).toEqual([])
  await page.screenshot({ path: 'screenshots/challenges-phone.png', fullPage: false })
  await page.getByRole('region', { name: 'Experiments' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'screenshots/experiments-phone.png' })
})
