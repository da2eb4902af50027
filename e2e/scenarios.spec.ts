import lzString from 'lz-string'
import type { Page } from '@playwright/test'
import { PRESETS } from '../src/scenarios/presets'
import { expect, test } from './fixtures'

// Each test opens its own page: they may run on both workers at once.
test.describe.configure({ mode: 'parallel' })

const verdict = (page: Page) => page.getByTestId('verdict')

test('a gallery scenario opens by its link and shows its documented outcome', async ({ page }) => {
  await page.goto('/#p=provider-client-id-wrong')
  await expect(verdict(page).getByRole('heading', { name: 'STS refused' })).toBeVisible()
  await expect(page.getByTestId('sts-error')).toHaveText(
    'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
  )
  // The link is consumed once its scenario ran: a reload shows the autosaved scenario, not the
  // link again (retried: the verdict may paint a moment before the address is replaced).
  await expect(page).not.toHaveURL(/#/)
})

test('a share link round-trips to the same verdict', async ({ page, context }) => {
  await page.goto('/#p=wrong-namespace')
  await expect(page.getByTestId('sts-error')).toContainText('AccessDenied')
  const failedBefore = await page.locator('.step--fail').first().getAttribute('data-step-id')
  await page.getByRole('button', { name: 'Share link' }).click()
  const url = await page.getByTestId('share-url').inputValue()
  expect(url.length).toBeLessThanOrEqual(100)
  const other = await context.newPage()
  await other.goto(url)
  await expect(other.getByTestId('sts-error')).toContainText(
    'Not authorized to perform sts:AssumeRoleWithWebIdentity',
  )
  expect(await other.locator('.step--fail').first().getAttribute('data-step-id')).toBe(failedBefore)
})

test('gallery: every scenario opens by its link with its documented outcome', async ({ page }) => {
  // One page for the whole gallery: the first link loads the page, each next one is pasted into
  // the open tab (the fragment changes, the page opens it). A hang guard for the lot.
  test.setTimeout(300_000)
  for (const preset of PRESETS) {
    await test.step(preset.id, async () => {
      await page.goto(`/#p=${preset.id}`)
      // The link is consumed once its scenario ran: from then on the verdict is this scenario's.
      await expect(page).not.toHaveURL(/#/)
      const heading = verdict(page).getByRole('heading', { level: 2 }).first()
      if (preset.expected.outcome === 'issued') {
        await expect(heading).toHaveText(/Credentials issued/)
        if (preset.expected.call === 'ImplicitDeny')
          await expect(page.getByTestId('api-error')).toContainText('AccessDenied')
      } else if (preset.expected.error) {
        await expect(page.getByTestId('sts-error')).toContainText(`(${preset.expected.error})`)
      } else {
        await expect(heading).toHaveText(/STS was never called/)
      }
      if (preset.expected.failedStep) {
        await expect(
          page.locator(`[data-step-id="${preset.expected.failedStep}"] [aria-label="failed"]`),
        ).toBeVisible()
      }
    })
  }
})

test('the gallery opens a scenario and Undo brings the previous back; hostile links and tokens are refused or shown as text, and the work is kept; autosave survives a reload', async ({
  page,
}) => {
  // One page: the default scenario loads once, each link opens in the same tab (the fragment
  // changes, the page opens it) and one reload proves the autosave. A hang guard for the lot.
  test.setTimeout(240_000)
  let alerted = false
  page.on('dialog', (d) => {
    alerted = true
    void d.dismiss()
  })
  await page.goto('/')
  await expect(verdict(page).getByRole('heading', { name: 'Credentials issued' })).toBeVisible()

  await test.step('the gallery lists every scenario and opens one', async () => {
    await page.getByRole('button', { name: 'Gallery' }).click()
    const dialog = page.getByRole('dialog', { name: 'Scenario gallery' })
    await expect(dialog.getByRole('listitem')).toHaveCount(PRESETS.length)
    await dialog
      .getByRole('listitem')
      .filter({ hasText: 'Expired token' })
      .getByRole('button', { name: 'Open' })
      .click()
    await expect(page.getByTestId('sts-error')).toContainText('ExpiredTokenException')
    await page.screenshot({ path: 'screenshots/gallery-expired.png' })
    // Undo brings the previous scenario back.
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(verdict(page).getByRole('heading', { name: 'Credentials issued' })).toBeVisible()
  })

  await test.step('a hostile link is refused with a message, rendered as text, and the work is kept', async () => {
    const hostile = lzString.compressToEncodedURIComponent(
      '{"v":1,"p":"<img src=x onerror=alert(1)>"}',
    )
    await page.goto(`/#s=${hostile}`)
    await expect(page.getByTestId('notice')).toContainText(
      'No scenario is called "<img src=x onerror=alert(1)>"',
    )
    await expect(verdict(page).getByRole('heading', { name: 'Credentials issued' })).toBeVisible()
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(alerted).toBe(false)
  })

  await test.step('a hostile token is only ever text: its claims cannot inject markup', async () => {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const payload = '<img src=x onerror="document.title=\'pwned\'">'
    const token = `${b64({ alg: 'RS256', kid: payload })}.${b64({ iss: payload, sub: payload, aud: [payload], exp: 1 })}.c2ln`
    const link = lzString.compressToEncodedURIComponent(
      JSON.stringify({ v: 1, p: 'happy-path', t: token }),
    )
    await page.goto(`/#s=${link}`)
    await expect(page).not.toHaveURL(/#/)
    await expect(page.getByTestId('verdict')).toBeVisible()
    await expect(page.getByText(payload).first()).toBeVisible()
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(await page.title()).not.toBe('pwned')
    expect(alerted).toBe(false)
  })

  await test.step('autosave survives a reload', async () => {
    await page.goto('/#p=expired-token')
    await expect(page.getByTestId('sts-error')).toContainText('ExpiredTokenException')
    await page.reload()
    await expect(page.getByTestId('sts-error')).toContainText('ExpiredTokenException')
  })
})
