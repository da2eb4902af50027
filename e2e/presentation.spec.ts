import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Its tests are independent (each its own browser context): the two workers may share them out.
test.describe.configure({ mode: 'parallel' })

const stepOf = (page: Page) => page.getByTestId('flow-narration').locator('.flow__position')
// One stage page: the keyboard journey, then the same stage in the dark on a phone, then the
// presenter's window on it (the embed is a view of its own, a page of its own).
test('keyboard only: a presentation of the default scenario, one clicker key per step, to the credentials; on a phone and in the dark theme; the presenter view follows the main window and leads it, with notes, the next step and a timer', async ({
  page,
  context,
}) => {
  // Three parts in one page: a generous hang guard for a loaded machine, not a speed check.
  test.setTimeout(300_000)
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto('/?view=present')
  // The stage names the scenario it shows.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The blog post: example-sa uploads a photo',
  )
  await expect(page.getByRole('region', { name: 'Inputs' })).toHaveCount(0)
  await expect(stepOf(page)).toHaveText('Step 1 of 20')
  // Body text readable from the back of the room.
  const size = await page
    .locator('.flow__what')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(size).toBeGreaterThanOrEqual(28)

  const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowDown']
  for (let i = 1; i < 20; i++) {
    await page.keyboard.press(keys[i % keys.length]!)
    await expect(stepOf(page)).toHaveText(`Step ${i + 1} of 20`)
    if (i === 3) await expect(page.locator('[data-packet="sts.request"]')).toHaveText('token')
    if (i === 14)
      await expect(page.getByTestId('flow-narration')).toContainText(
        'system:serviceaccount:example:example-sa',
      )
  }
  await expect(page.getByTestId('flow-end')).toContainText('Credentials issued')
  await expect(page.getByTestId('flow-end')).toContainText(/ASIA[A-Z2-7]{16}/)
  await page.screenshot({ path: 'screenshots/presentation-1920.png' })

  await page.keyboard.press('PageUp')
  await expect(stepOf(page)).toHaveText('Step 19 of 20')
  await expect(page).toHaveURL(/view=present&step=18/)

  await page.keyboard.press('q')
  const dialog = page.getByRole('dialog', { name: 'Scan to open this page' })
  await expect(dialog).toBeVisible()
  // The QR code opens the phone's follow view on the scenario itself (a share link) at this step.
  await expect(dialog.getByRole('img')).toHaveAttribute(
    'aria-label',
    /\/\?view=follow&step=18#p=happy-path&i=\d+$/,
  )
  await page.screenshot({ path: 'screenshots/presentation-qr.png' })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await page.keyboard.press('Home')
  await expect(stepOf(page)).toHaveText('Step 1 of 20')

  await test.step('the presentation on a phone and in the dark theme', async () => {
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
    for (let i = 1; i < 7; i++) {
      await page.keyboard.press('ArrowRight')
      await expect(stepOf(page)).toHaveText(`Step ${i + 1} of 20`)
    }
    await expect(page).toHaveURL(/view=present&step=6/)
    await page.screenshot({ path: 'screenshots/presentation-1920-dark.png' })
    await page.setViewportSize({ width: 390, height: 844 })
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth).toBeLessThanOrEqual(390)
    await page.screenshot({ path: 'screenshots/presentation-phone-dark.png', fullPage: true })
  })

  await test.step('the presenter view follows the main window and leads it, with notes, the next step and a timer', async () => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' })
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.keyboard.press('Home')
    await expect(stepOf(page)).toHaveText('Step 1 of 20')
    await page.keyboard.press('ArrowRight')
    await expect(stepOf(page)).toHaveText('Step 2 of 20')
    await page.keyboard.press('ArrowRight')
    await expect(stepOf(page)).toHaveText('Step 3 of 20')
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')])
    await expect(presenter).toHaveURL(/view=presenter/)
    await expect(presenter.getByTestId('presenter-current')).toHaveText(
      'The SDK finds web identity settings',
    )
    await expect(presenter.getByTestId('presenter-notes')).toContainText('accessKeyId')
    await expect(presenter.getByTestId('presenter-next')).toHaveText(
      'The SDK calls AssumeRoleWithWebIdentity',
    )
    await expect(presenter.getByTestId('presenter-timer')).toHaveText(/^00:0\d$/)

    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(stepOf(page)).toHaveText('Step 5 of 20')
    await expect(presenter.getByTestId('presenter-current')).toHaveText('STS reads the token')

    await presenter.keyboard.press('PageDown')
    await expect(presenter.getByTestId('presenter-current')).toHaveText(
      'STS finds the OIDC provider',
    )
    await expect(stepOf(page)).toHaveText('Step 6 of 20')
    await presenter.getByRole('button', { name: 'Previous step' }).click()
    await expect(stepOf(page)).toHaveText('Step 5 of 20')
    await presenter.setViewportSize({ width: 1280, height: 800 })
    await presenter.evaluate(() => window.scrollTo(0, 0))
    await presenter.screenshot({ path: 'screenshots/presenter-view.png' })
  })
})

test('the embed view shows the flow, its controls, the scenario’s name and the narration, no editor', async ({
  page,
}) => {
  await page.goto('/?view=embed&step=9')
  await expect(page.getByRole('img', { name: /^The IRSA chain, step 10 of 20/ })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Flow controls' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The blog post: example-sa uploads a photo',
  )
  await expect(page.getByTestId('flow-narration')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Inputs' })).toHaveCount(0)
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('img', { name: /^The IRSA chain, step 11 of 20/ })).toBeVisible()
  await page.setViewportSize({ width: 800, height: 600 })
  await page.screenshot({ path: 'screenshots/embed.png' })
})
