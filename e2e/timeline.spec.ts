import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

test.use({ viewport: { width: 1440, height: 900 } })

const timeline = (page: Page) => page.getByRole('region', { name: 'Simulated clock' })
const verdict = (page: Page) => page.getByTestId('verdict')

async function openPlayground(page: Page) {
  await page.goto('/')
  await expect(verdict(page).getByRole('heading', { name: 'Credentials issued' })).toBeVisible({
    timeout: 20_000,
  })
  // The clock renders after the verdict, from a lazy chunk: a generous hang guard for loaded machines.
  await expect(timeline(page)).toBeVisible({ timeout: 45_000 })
}

/** The horizontal centre of an element on the page. */
async function centreX(page: Page, selector: string) {
  const box = await timeline(page).locator(selector).first().boundingBox()
  if (!box) throw new Error(`${selector} is not visible`)
  return box.x + box.width / 2
}
/** The clock panel's "Now": back to the present instant, before the token's exp. */
async function backToNow(page: Page) {
  await page.getByRole('button', { name: 'Now', exact: true }).click()
  await expect(verdict(page).getByRole('heading', { name: 'Credentials issued' })).toBeVisible()
  await expect(timeline(page).getByTestId('timeline-status')).toContainText(
    'STS issues credentials at this instant.',
  )
  await expect(timeline(page).getByTestId('timeline-skew')).toContainText(
    'STS accepts the token until',
  )
}

// One page load for the whole clock: each part starts from the present instant (the clock panel's
// "Now"), the SDK back at botocore. Reduced motion throughout: no cursor transition, the parts
// measure where the cursor stands (none is about motion).
test('the simulated clock: the SDK selector, the five-minute clock skew, moving past exp; screenshots on a phone and in the dark theme, in Korean', async ({
  page,
}) => {
  // Many clock moves, each waited for: a generous hang guard, not a speed check.
  test.setTimeout(360_000)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openPlayground(page)

  await test.step('the SDK selector changes the refresh points', async () => {
    const sdk = timeline(page).getByLabel('SDK')
    const firstRefresh = timeline(page).locator('[data-kind="sdk.refresh"]').first()
    const list = timeline(page).locator('details.timeline__events')
    await list.locator('summary').click()
    const firstRefreshText = list.locator('li[data-kind="sdk.refresh"]').first()

    // botocore: 15 min before expiry (a 1 h session: 45 min in), with its mandatory point.
    await expect(firstRefreshText).toContainText('15 min before expiry')
    await expect(
      timeline(page).locator('[data-kind="sdk.refresh-mandatory"]').first(),
    ).toBeAttached()
    const botocoreX = await centreX(page, '[data-kind="sdk.refresh"]')
    const botocoreCount = await timeline(page).locator('[data-kind="sdk.refresh"]').count()

    // JS v3: 5 min before expiry, later in the session, so fewer refreshes; no mandatory point.
    await sdk.selectOption({ label: 'AWS SDK for JavaScript v3' })
    await expect(firstRefreshText).toContainText('AWS SDK for JavaScript v3 re-reads token 1')
    await expect(firstRefreshText).toContainText('5 min before expiry')
    await expect(timeline(page).locator('[data-kind="sdk.refresh-mandatory"]')).toHaveCount(0)
    expect(await centreX(page, '[data-kind="sdk.refresh"]')).toBeGreaterThan(botocoreX)
    expect(await timeline(page).locator('[data-kind="sdk.refresh"]').count()).toBeLessThan(
      botocoreCount,
    )

    // Go v2: at expiry, an assumption the panel states.
    await sdk.selectOption({ label: 'AWS SDK for Go v2' })
    await expect(
      timeline(page)
        .getByText(/Assumption: Go v2’s aws.CredentialsCache/)
        .first(),
    ).toBeVisible()
    await expect(firstRefresh).toBeAttached()
    // Back to botocore, the list closed again: the page as it loaded.
    await sdk.selectOption({ label: 'botocore (AWS CLI, boto3)' })
    await expect(firstRefreshText).toContainText('15 min before expiry')
    await list.locator('summary').click()
  })

  await test.step('the five-minute clock skew: exp + 5 min still issues, one minute later ExpiredTokenException', async () => {
    const status = timeline(page).getByTestId('timeline-status')
    await expect(timeline(page).getByTestId('timeline-skew')).toContainText(
      'STS accepts the token until',
    )
    await expect(timeline(page).locator('.timeline__bar--token-skew')).toBeVisible()
    await expect(timeline(page).locator('.timeline__bar--theft-skew')).toBeVisible()

    // The clock panel's "exp + 5 min": the last instant STS accepts the token.
    await page.getByRole('button', { name: 'exp + 5 min' }).click()
    await expect(verdict(page).getByRole('heading', { name: 'Credentials issued' })).toBeVisible({
      timeout: 10_000,
    })
    await expect(page.getByTestId('clock-skew')).toContainText('Inside the clock skew')
    await expect(timeline(page).getByTestId('timeline-skew')).toContainText(
      'Within the clock skew: exp passed 5 min ago',
    )
    await expect(status).toContainText('STS issues credentials at this instant.')
    await timeline(page).scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/fidelity/timeline-skew-inside.png' })

    // One minute later (the slider moves a minute per key): past the window.
    const slider = timeline(page).getByRole('slider', { name: 'Simulated instant' })
    await slider.focus()
    await page.keyboard.press('ArrowRight')
    await expect(verdict(page)).toContainText('ExpiredTokenException', { timeout: 60_000 })
    await expect(status).toContainText('STS answers ExpiredTokenException at this instant.')
    await page.screenshot({ path: '/tmp/fidelity/timeline-skew-past.png' })
  })

  await test.step('moving the clock past exp: ExpiredTokenException, and the cursor stands past the token’s exp', async () => {
    await backToNow(page)
    const status = timeline(page).getByTestId('timeline-status')
    await expect(status).toContainText('STS issues credentials at this instant.')
    const cursorBefore = await centreX(page, '[data-testid="timeline-cursor"]')
    const exp = await centreX(page, '.timeline__mark[data-kind="token.expires"]')
    expect(cursorBefore).toBeLessThan(exp)

    const plus6h = timeline(page).getByRole('button', { name: '+6 h' })
    const cursor = timeline(page).getByRole('slider', { name: 'Simulated instant' })
    for (let i = 0; i < 4; i++) {
      // One move at a time: each waits for the cursor to follow (a loaded machine drops a fast click).
      const at = await cursor.getAttribute('aria-valuetext')
      await plus6h.click()
      await expect(cursor).not.toHaveAttribute('aria-valuetext', at ?? '', { timeout: 30_000 })
    }
    // 24 h on is a minute or so past exp: still inside the five-minute clock skew STS allows.
    await timeline(page).getByRole('button', { name: '+10 min' }).click()

    await expect(verdict(page)).toContainText('ExpiredTokenException', { timeout: 60_000 })
    await expect(status).toContainText('STS answers ExpiredTokenException at this instant.', {
      timeout: 30_000,
    })
    // Past the window, the status line says so (not "accepts until").
    await expect(status).toContainText('Past exp + 5 min of clock skew', { timeout: 30_000 })
    await expect(status).not.toContainText('STS accepts the token until')
    // The credentials the scenario got before are still drawn, and the panel says where from.
    await expect(status).toContainText('The credential events are those of the run at')
    await expect(
      timeline(page).locator('.timeline__mark[data-kind="credentials.issued"]'),
    ).toHaveCount(1)
    const cursorAfter = await centreX(page, '[data-testid="timeline-cursor"]')
    expect(cursorAfter).toBeGreaterThan(exp)

    // The slider is the cursor: the keyboard moves it a minute at a time.
    const slider = timeline(page).getByRole('slider', { name: 'Simulated instant' })
    const before = await slider.getAttribute('aria-valuetext')
    await slider.focus()
    await page.keyboard.press('ArrowRight')
    await expect(slider).not.toHaveAttribute('aria-valuetext', before ?? '')
    // Back through the events: the first one before exp gives credentials again.
    const previous = timeline(page).getByRole('button', { name: '◀ Previous event' })
    for (let i = 0; i < 6 && (await centreX(page, '[data-testid="timeline-cursor"]')) >= exp; i++)
      await previous.click()
    expect(await centreX(page, '[data-testid="timeline-cursor"]')).toBeLessThan(exp)
    await expect(verdict(page).getByRole('heading', { name: 'Credentials issued' })).toBeVisible()
    await expect(status).toContainText('STS issues credentials at this instant.')

    await plus6h.click()
    await expect(status).toContainText('STS answers ExpiredTokenException at this instant.')
    await timeline(page).scrollIntoViewIfNeeded()
    await page.screenshot({ path: 'screenshots/timeline-desktop-light.png' })
  })

  await test.step('screenshots: the timeline on a phone and in the dark theme, in Korean', async () => {
    await backToNow(page)
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
    await timeline(page).scrollIntoViewIfNeeded()
    await timeline(page).screenshot({ path: 'screenshots/timeline-desktop-dark.png' })

    // A phone: the same page, resized (the phone layout is CSS).
    await page.setViewportSize({ width: 390, height: 844 })
    await expect(timeline(page)).toBeVisible()
    const track = timeline(page).locator('.timeline__track').first()
    // Vertical on a phone: the tracks are taller than wide, and nothing overflows the screen.
    await expect
      .poll(async () => {
        const box = await track.boundingBox()
        return !!box && box.height > box.width
      })
      .toBe(true)
    const right = await timeline(page).evaluate((e) => e.getBoundingClientRect().right)
    expect(right).toBeLessThanOrEqual(390)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await timeline(page).getByRole('button', { name: 'Next event ▶' }).click()
    await timeline(page).scrollIntoViewIfNeeded()
    await timeline(page).screenshot({ path: 'screenshots/timeline-phone-dark.png' })

    // Korean, from the header's language menu.
    await page.getByLabel('Language').selectOption('ko')
    const korean = page.getByRole('region', { name: '시뮬레이션 시계' })
    await expect(korean).toBeVisible({ timeout: 20_000 })
    await expect(korean.getByRole('button', { name: '+6시간' })).toBeVisible()
    await korean.screenshot({ path: 'screenshots/timeline-phone-dark-ko.png' })
  })
})
