import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// Each test opens its own page: they may run on both workers at once.
test.describe.configure({ mode: 'parallel' })

const narration = (page: Page) => page.getByTestId('flow-narration')
const diagram = (page: Page) => page.getByRole('img', { name: /^The IRSA chain, step/ })

/** Loads the default scenario once, then rewrites the autosaved draft and reloads with it. */
async function loadWithDraft(page: Page, edit: (draft: Record<string, unknown>) => void) {
  await page.goto('/')
  await expect(diagram(page)).toBeVisible()
  const saved = await page.evaluate(() => localStorage.getItem('irsa-lab'))
  const state = JSON.parse(saved ?? '{}')
  edit(state.state.draft)
  await page.evaluate((value) => localStorage.setItem('irsa-lab', value), JSON.stringify(state))
  await page.reload()
  await expect(diagram(page)).toBeVisible()
}

test('a deep link opens the flow at step N, stepping keeps the link on the current step, and the diagram downloads as SVG (styles inlined) and PNG', async ({
  page,
}) => {
  await page.goto('/?step=5')
  await expect(narration(page)).toContainText('Step 6 of 20')
  await expect(
    narration(page).getByRole('heading', { name: 'STS finds the OIDC provider' }),
  ).toBeVisible()
  await expect(diagram(page)).toHaveAttribute('data-step', 'iam.provider')

  await page.keyboard.press('ArrowRight')
  await expect(
    narration(page).getByRole('heading', { name: 'STS checks the audience' }),
  ).toBeVisible()
  await expect(page).toHaveURL(/[?&]step=6(&|$)/)
  await expect(narration(page)).toContainText('sts.amazonaws.com')

  // The same page, now on step 6 (as /?step=6 opens it): its downloads are named for that step.
  await test.step('the diagram downloads as SVG (styles inlined) and PNG', async () => {
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG', exact: true }).click(),
    ])
    expect(svg.suggestedFilename()).toBe('irsa-flow-step-6.svg')
    const text = await (await svg.createReadStream()).toArray()
    const content = Buffer.concat(text).toString('utf8')
    expect(content).toContain('<svg')
    expect(content).toContain('AssumeRoleWithWebIdentity')
    expect(content).not.toContain('class=')
    expect(content).toMatch(/style="fill:rgb/)

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG', exact: true }).click(),
    ])
    expect(png.suggestedFilename()).toBe('irsa-flow-step-6.png')
    const bytes = Buffer.concat(await (await png.createReadStream()).toArray())
    expect(bytes.subarray(1, 4).toString()).toBe('PNG')
  })
})

test('the keyboard drives the flow to the credentials and back, and the play button plays it', async ({
  page,
}) => {
  await page.goto('/')
  await expect(narration(page)).toContainText('Step 1 of 20')
  await page.keyboard.press('End')
  await expect(page.getByTestId('flow-end')).toContainText('Credentials issued')
  await expect(page.locator('[data-actor="s3"]')).toHaveAttribute('data-state', 'pass')
  await page.keyboard.press('Home')
  await expect(narration(page)).toContainText('Step 1 of 20')
  await expect(page).not.toHaveURL(/step=/)

  await page.getByLabel('Speed').selectOption('4')
  await page.getByRole('button', { name: 'Play' }).click()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  // At 4× a step lasts 0.4 s: the whole flow plays in about 8 s and stops on the last step (a
  // generous hang guard: a loaded machine renders the steps late).
  await expect(page.getByTestId('flow-end')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
  await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue('19')
})

test('a failing scenario stops at the audience check with AWS’s exact error, why and the fix', async ({
  page,
}) => {
  await loadWithDraft(page, (draft) => {
    draft.oidcProviders = (draft.oidcProviders as string).replace(
      '"sts.amazonaws.com"',
      '"my-cluster-audience"',
    )
  })
  await page.getByRole('button', { name: 'Play' }).focus()
  await page.getByLabel('Speed').selectOption('4')
  await page.getByRole('button', { name: 'Play' }).click()
  const stop = page.getByTestId('flow-stop')
  await expect(stop).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
  await expect(narration(page)).toContainText('Step 7 of 7')
  await expect(
    narration(page).getByRole('heading', { name: 'STS checks the audience' }),
  ).toBeVisible()
  await expect(page.getByTestId('flow-error')).toHaveText(
    'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
  )
  await expect(stop).toContainText('not one of the client IDs of the IAM OIDC provider')
  await expect(stop).toContainText('Add the audience')
  await expect(page.locator('[data-actor="sts"]')).toHaveAttribute('data-state', 'fail')
  await expect(page.locator('[data-actor="oidc"]')).toHaveAttribute('data-state', 'idle')
  await expect(page.getByRole('button', { name: 'Next step' })).toBeDisabled()
  await page.locator('.flow').screenshot({ path: 'screenshots/flow-failing.png' })
})

test('with reduced motion the same step shows at once, nothing travels; the flow on a phone and in the dark theme', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('/?step=3')
  const packet = page.locator('[data-packet="sts.request"]')
  await expect(packet).toBeVisible()
  const style = await packet.evaluate((el) => {
    const s = getComputedStyle(el)
    return { animation: s.animationName, transform: s.transform }
  })
  expect(style.animation).toBe('none')
  const line = page.locator('.flow__message--current')
  const end = await line.evaluate((el) => [el.getAttribute('x2'), el.getAttribute('y2')])
  expect(style.transform).toBe(`matrix(1, 0, 0, 1, ${end[0]}, ${end[1]})`)
  await expect(narration(page)).toContainText('The SDK calls AssumeRoleWithWebIdentity')

  // The same page on a phone, in the dark theme, moved to step 14 with the step slider (the link
  // follows it, as /?step=14 would open it).
  await test.step('screenshots: the flow on a phone and in the dark theme', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
    await page.getByRole('slider', { name: 'Step' }).fill('14')
    await expect(page).toHaveURL(/[?&]step=14(&|$)/)
    await expect(narration(page)).toContainText('Step 15 of 20')
    await expect(diagram(page)).toBeVisible()
    const box = await diagram(page).boundingBox()
    expect(box!.width).toBeLessThanOrEqual(390)
    // Nothing of the flow sticks out of a phone's width.
    const widest = await page
      .locator('.flow, .flow *')
      .evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().right)))
    expect(widest).toBeLessThanOrEqual(390)
    await page.locator('.flow').screenshot({ path: 'screenshots/flow-phone-dark.png' })
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.screenshot({ path: 'screenshots/flow-desktop-dark.png' })
  })
})

test('the whole flow records as a WebM video', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/')
  await expect(diagram(page)).toBeVisible()
  // The recording plays at the playback speed: at 4× the whole flow records in a quarter of the time.
  await page.getByLabel('Speed').selectOption('4')
  const [video] = await Promise.all([
    page.waitForEvent('download', { timeout: 100_000 }),
    page.getByRole('button', { name: 'Record WebM' }).click(),
  ])
  expect(video.suggestedFilename()).toBe('irsa-flow.webm')
  const bytes = Buffer.concat(await (await video.createReadStream()).toArray())
  // A WebM file starts with the EBML magic number and holds more than a header.
  expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3')
  expect(bytes.length).toBeGreaterThan(10_000)
})
