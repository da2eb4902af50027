import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// A hang guard: a cold dev server on a shared machine takes long to serve the first page.
test.describe.configure({ timeout: 300_000 })

/**
 * The bytes on the diagram: each step shows the data it works on, computed in this browser from
 * the scenario (the token split and decoded, where each claim goes, the JWKS key the kid selects,
 * a condition's values aligned, STS's request and answer), as a still frame with reduced motion.
 */
const bytes = (page: Page) => page.getByTestId('step-bytes')

/** Moves the playground's flow to step `index` (0-based) with its slider. */
async function seek(page: Page, index: number, stepId: string) {
  await page.locator('.flow .flow__scrub input').fill(String(index))
  await expect(bytes(page)).toHaveAttribute('data-step', stepId)
}

test('the happy path, step by step: the token split, each claim to its place, the JWKS key lit, STS’s request and answer, the credentials counting down', async ({
  page,
}) => {
  await page.goto('/?step=4#p=happy-path', { waitUntil: 'domcontentloaded' })
  await expect(bytes(page)).toHaveAttribute('data-step', 'sts.token', { timeout: 90_000 })
  // Three segments, joined by dots, are the token; header and payload decode to JSON.
  const header = await page.getByTestId('segment-header').textContent()
  const payload = await page.getByTestId('segment-payload').textContent()
  const signature = await page.getByTestId('segment-signature').textContent()
  expect(header).toMatch(/^eyJ[A-Za-z0-9_-]+$/)
  expect(signature).toMatch(/^[A-Za-z0-9_-]{342}$/)
  const decodedHeader = JSON.parse((await page.getByTestId('decoded-header').textContent())!)
  const decodedPayload = JSON.parse((await page.getByTestId('decoded-payload').textContent())!)
  expect(decodedHeader.alg).toBe('RS256')
  expect(decodedPayload.sub).toBe('system:serviceaccount:example:example-sa')
  // Each claim and where it goes.
  const claims = page.getByTestId('claim-target')
  await expect(claims).toHaveCount(4)
  const target = (claim: string) =>
    page.locator(`[data-testid="claim-target"][data-claim="${claim}"] [data-testid="claim-to"]`)
  await expect(target('iss')).toHaveText(`${decodedPayload.iss}/.well-known/openid-configuration`)
  await expect(target('kid')).toHaveText('keys[0]')
  const host = String(decodedPayload.iss).replace('https://', '')
  await expect(target('sub')).toHaveText(`${host}:sub`)
  await expect(target('aud')).toHaveText(`${host}:aud`)
  // The terminal line for it.
  await expect(bytes(page).getByTestId('reproduce')).toContainText('@base64d')
  await page.screenshot({ path: '/tmp/bytes/playground-token-1280.png' })

  // Discovery: the request goes to the URL iss pointed at.
  await seek(page, 7, 'oidc.discovery')
  await expect(page.getByTestId('http-request')).toHaveText(
    `GET ${decodedPayload.iss}/.well-known/openid-configuration`,
  )
  await expect(page.getByTestId('http-response')).toContainText('"jwks_uri"')
  // JWKS: the one key whose kid is the token's, lit.
  await seek(page, 8, 'oidc.jwks')
  await expect(page.getByTestId('token-kid')).toHaveText(decodedHeader.kid)
  await expect(page.locator('[data-testid="jwks-key"][data-match]')).toHaveCount(1)
  await expect(page.locator('[data-testid="jwks-key"][data-match]')).toContainText(
    decodedHeader.kid,
  )

  // STS: the Query-protocol body with the token as it is.
  await seek(page, 3, 'sts.request')
  const body = page.getByTestId('sts-request-body')
  await expect(body).toContainText('Action=AssumeRoleWithWebIdentity&')
  await expect(body).toContainText('Version=2011-06-15&')
  await expect(body).toContainText(
    'RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fexample-role&',
  )
  await expect(body.locator('[data-field="WebIdentityToken"]')).toHaveText(
    `WebIdentityToken=${header}.${payload}.${signature}`,
  )

  // The answer and the credentials, counting down on the simulated clock.
  await seek(page, 18, 'sts.credentials')
  const xml = page.getByTestId('sts-response-xml')
  await expect(xml).toContainText('HTTP/1.1 200 OK')
  await expect(xml).toContainText('<AssumeRoleWithWebIdentityResponse xmlns=')
  await expect(xml).toContainText(/<AccessKeyId>ASIA[A-Z0-9]{16}<\/AccessKeyId>/)
  const countdown = page.getByTestId('credentials-countdown')
  const left = Number(await countdown.getAttribute('data-left'))
  expect(left).toBeGreaterThan(3500)
  expect(left).toBeLessThanOrEqual(3600)
  await expect
    .poll(async () => Number(await countdown.getAttribute('data-left')))
    .toBeLessThan(left)
  // With motion, the parts arrive by CSS animation.
  await seek(page, 4, 'sts.token')
  expect(
    await bytes(page).evaluate((el) => el.getAnimations({ subtree: true }).length),
  ).toBeGreaterThan(0)
})

test('a wrong namespace: the condition’s values aligned with the first difference marked, and STS’s ErrorResponse', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/?step=14#p=wrong-namespace', { waitUntil: 'domcontentloaded' })
  await expect(bytes(page)).toHaveAttribute('data-step', 'trust.condition.0.0', {
    timeout: 90_000,
  })
  const condition = page.getByTestId('condition-bytes').first()
  // The key assembled from the issuer's host and :sub, the policy's own key.
  await expect(condition.getByTestId('condition-key')).toContainText(':sub')
  await expect(condition.getByTestId('condition-key')).toContainText('✔')
  // production vs example: the first differing character, on both sides.
  await expect(condition.getByTestId('char-diff')).toHaveText(['p', 'e'])
  await expect(condition).toContainText('First difference at character 23')
  await condition.screenshot({ path: '/tmp/bytes/condition-diff.png' })

  // Where the chain stops: STS's ErrorResponse, 403.
  await seek(page, 16, 'trust.evaluate')
  const xml = page.getByTestId('sts-response-xml')
  await expect(xml).toContainText('HTTP/1.1 403 Forbidden')
  await expect(xml).toContainText(
    '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
  )
  await expect(xml).toContainText('<Code>AccessDenied</Code>')
  await expect(page.getByTestId('char-diff')).toHaveText(['p', 'e'])

  // A rotated key: the token's kid matches nothing in the JWKS; STS answers 400.
  await page.goto('/?step=9#p=rotated-signing-key', { waitUntil: 'domcontentloaded' })
  await expect(bytes(page)).toHaveAttribute('data-step', 'jwt.key', { timeout: 90_000 })
  await expect(page.getByTestId('kid-nomatch')).toBeVisible()
  await expect(page.locator('[data-testid="jwks-key"][data-match]')).toHaveCount(0)
  await expect(page.getByTestId('sts-response-xml')).toContainText('HTTP/1.1 400 Bad Request')
  await expect(page.getByTestId('sts-response-xml')).toContainText(
    '<Code>InvalidIdentityToken</Code>',
  )
})

test('with reduced motion every step is a still frame with the same data', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('/?step=4#p=happy-path', { waitUntil: 'domcontentloaded' })
  await expect(bytes(page)).toHaveAttribute('data-step', 'sts.token', { timeout: 90_000 })
  const animations = () =>
    page.evaluate(
      () =>
        document.querySelector('[data-testid="flow-narration"]')!.getAnimations({ subtree: true })
          .length,
    )
  for (const [index, id] of [
    [4, 'sts.token'],
    [8, 'oidc.jwks'],
    [14, 'trust.condition.0.0'],
    [3, 'sts.request'],
    [18, 'sts.credentials'],
  ] as const) {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await seek(page, index, id)
    expect(await animations(), id).toBe(0)
    const still = (await bytes(page).textContent())!
    if (id === 'sts.credentials') {
      // The countdown stands still at the scenario's instant.
      const countdown = page.getByTestId('credentials-countdown')
      const left = await countdown.getAttribute('data-left')
      await page.waitForTimeout(1500)
      await expect(countdown).toHaveAttribute('data-left', left!)
      continue
    }
    // The same data with motion.
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await expect(bytes(page)).toHaveText(still)
  }

  // On the stage too: a still frame, nothing scrolls.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/?view=present&step=14#p=wrong-namespace', { waitUntil: 'domcontentloaded' })
  await expect(bytes(page)).toBeVisible({ timeout: 90_000 })
  expect(await animations()).toBe(0)
  await page.screenshot({ path: '/tmp/bytes/stage-reduced-1280.png' })
})

test('screenshots: the stage where a tampered token stops, at 1920×1080, 1280×720 (100 %, 200 %) and on a phone', async ({
  browser,
}) => {
  const sizes = [
    { name: '1920', viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 },
    { name: '1280', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 },
    { name: '1280-200pct', viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 },
    { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 },
  ]
  for (const { name, ...options } of sizes) {
    const context = await browser.newContext(options)
    const page = await context.newPage()
    // The most crowded frame: a tampered token where the chain stops (the other steps are in
    // the tests above and in stage.spec.ts).
    await page.goto('/?view=present&step=10#p=tampered-payload', { waitUntil: 'domcontentloaded' })
    await expect(page.getByTestId('flow-stop')).toBeVisible({ timeout: 90_000 })
    await expect(page.getByTestId('digest-signed')).toBeVisible()
    await page.screenshot({
      path: `/tmp/bytes/stage-tampered-stop-${name}.png`,
      fullPage: name === 'phone',
    })
    await context.close()
  }
})
