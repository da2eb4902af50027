import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openFragment, painted } from './shared-b'

// A hang guard: a cold dev server on a shared machine takes long to serve the first page.
test.describe.configure({ timeout: 300_000, mode: 'parallel' })

/**
 * The bytes on the diagram: each step shows the data it works on, computed in this browser from
 * the scenario (the token split and decoded, where each claim goes, the JWKS key the kid selects,
 * a condition's values aligned, STS's request and answer), as a still frame with reduced motion.
 *
 * Two page loads in all: the playground goes from scenario to scenario by its fragment (as a
 * pasted link does), the stage likewise, and each screenshot size is a resize of the same stage.
 */
const bytes = (page: Page) => page.getByTestId('step-bytes')

/** Moves the playground's flow to step `index` (0-based) with its slider. */
async function seek(page: Page, index: number, stepId: string) {
  await page.locator('.flow .flow__scrub input').fill(String(index))
  await expect(bytes(page)).toHaveAttribute('data-step', stepId)
}

/** The running animations of the narration (where the bytes are drawn). */
const animations = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector('[data-testid="flow-narration"]')!.getAnimations({ subtree: true })
        .length,
  )

test('the happy path, step by step (the token split, each claim to its place, the JWKS key lit, STS’s request and answer, the credentials counting down), each a still frame with reduced motion; a wrong namespace’s aligned values and ErrorResponse; a rotated key', async ({
  page,
}) => {
  await page.goto('/?step=4#p=happy-path', { waitUntil: 'domcontentloaded' })
  await expect(bytes(page)).toHaveAttribute('data-step', 'sts.token', { timeout: 90_000 })
  let header = ''
  let payload = ''
  let signature = ''
  let decodedHeader: { alg: string; kid: string } = { alg: '', kid: '' }
  let decodedPayload: { sub: string; iss: string } = { sub: '', iss: '' }

  await test.step('the token split; each claim and where it goes', async () => {
    // Three segments, joined by dots, are the token; header and payload decode to JSON.
    header = (await page.getByTestId('segment-header').textContent())!
    payload = (await page.getByTestId('segment-payload').textContent())!
    signature = (await page.getByTestId('segment-signature').textContent())!
    expect(header).toMatch(/^eyJ[A-Za-z0-9_-]+$/)
    expect(signature).toMatch(/^[A-Za-z0-9_-]{342}$/)
    decodedHeader = JSON.parse((await page.getByTestId('decoded-header').textContent())!)
    decodedPayload = JSON.parse((await page.getByTestId('decoded-payload').textContent())!)
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
  })

  await test.step('discovery, the JWKS key lit, STS’s request', async () => {
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
  })

  await test.step('with reduced motion every step is a still frame with the same data', async () => {
    for (const [index, id] of [
      [4, 'sts.token'],
      [8, 'oidc.jwks'],
      [14, 'trust.condition.0.0'],
      [3, 'sts.request'],
    ] as const) {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await seek(page, index, id)
      expect(await animations(page), id).toBe(0)
      const still = (await bytes(page).textContent())!
      // The same data with motion.
      await page.emulateMedia({ reducedMotion: 'no-preference' })
      await expect(bytes(page)).toHaveText(still)
    }
  })

  await test.step('the answer and the credentials: counting down with motion, still without', async () => {
    // A still frame first: the countdown at the scenario's instant.
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await seek(page, 18, 'sts.credentials')
    expect(await animations(page), 'sts.credentials').toBe(0)
    const xml = page.getByTestId('sts-response-xml')
    await expect(xml).toContainText('HTTP/1.1 200 OK')
    await expect(xml).toContainText('<AssumeRoleWithWebIdentityResponse xmlns=')
    await expect(xml).toContainText(/<AccessKeyId>ASIA[A-Z0-9]{16}<\/AccessKeyId>/)
    const countdown = page.getByTestId('credentials-countdown')
    const left = Number(await countdown.getAttribute('data-left'))
    expect(left).toBeGreaterThan(3500)
    expect(left).toBeLessThanOrEqual(3600)
    // With motion it counts down on the simulated clock (a second at least goes by here) ...
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await expect
      .poll(async () => Number(await countdown.getAttribute('data-left')))
      .toBeLessThan(left)
    // ... and with reduced motion it stands still at the scenario's instant, however long the
    // step has been shown.
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await expect(countdown).toHaveAttribute('data-left', String(left))
  })

  await test.step('with motion, the parts arrive by CSS animation', async () => {
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await seek(page, 4, 'sts.token')
    expect(
      await bytes(page).evaluate((el) => el.getAnimations({ subtree: true }).length),
    ).toBeGreaterThan(0)
  })

  await test.step('a wrong namespace: the condition’s values aligned with the first difference marked, and STS’s ErrorResponse', async () => {
    await openFragment(page, 'p=wrong-namespace&step=14')
    await expect(page.getByTestId('sts-error')).toContainText('AccessDenied')
    await expect(bytes(page)).toHaveAttribute('data-step', 'trust.condition.0.0')
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
  })

  await test.step('a rotated key: the token’s kid matches nothing in the JWKS; STS answers 400', async () => {
    await openFragment(page, 'p=rotated-signing-key&step=9')
    await expect(page.getByTestId('sts-error')).toContainText('InvalidIdentityToken')
    await expect(bytes(page)).toHaveAttribute('data-step', 'jwt.key')
    await expect(page.getByTestId('kid-nomatch')).toBeVisible()
    await expect(page.locator('[data-testid="jwks-key"][data-match]')).toHaveCount(0)
    await expect(page.getByTestId('sts-response-xml')).toContainText('HTTP/1.1 400 Bad Request')
    await expect(page.getByTestId('sts-response-xml')).toContainText(
      '<Code>InvalidIdentityToken</Code>',
    )
  })
})

test('on the stage: a still frame with reduced motion; screenshots where a tampered token stops, at 1920×1080, 1280×720 and on a phone (200 %: e2e/stage.spec.ts)', async ({
  page,
}) => {
  // On the stage too: a still frame, nothing scrolls.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/?view=present&step=14#p=wrong-namespace', { waitUntil: 'domcontentloaded' })
  await expect(bytes(page)).toBeVisible({ timeout: 90_000 })
  expect(await animations(page)).toBe(0)
  await page.screenshot({ path: '/tmp/bytes/stage-reduced-1280.png' })

  // The most crowded frame: a tampered token where the chain stops (the other steps are in the
  // test above and in stage.spec.ts), the same stage at each size.
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await openFragment(page, 'p=tampered-payload&step=10')
  for (const [name, width, height] of [
    ['1280', 1280, 720],
    ['1920', 1920, 1080],
    ['phone', 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height })
    await expect(page.getByTestId('flow-stop')).toBeVisible()
    await expect(page.getByTestId('digest-signed')).toBeVisible()
    await painted(page)
    await page.screenshot({
      path: `/tmp/bytes/stage-tampered-stop-${name}.png`,
      fullPage: name === 'phone',
    })
  }
})
