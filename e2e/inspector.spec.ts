import type { Page } from '@playwright/test'
import { generateClusterKey, issueServiceAccountToken } from '../src/engine'
import { expect, test } from './fixtures'

const ISSUER = 'https://oidc.eks.ap-northeast-2.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90'

async function openDefault(page: Page) {
  await page.goto('/')
  await expect(
    page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
  ).toBeVisible()
  return page.getByTestId('inspector')
}

test.use({ viewport: { width: 1440, height: 900 } })

// One page for the inspector: the default token read first (claims, then the phone and the dark
// theme), then the edits, each from the state the one before left (a tampered-then-re-signed
// token, a pasted token from another key, a generated one), as a learner would go on.
test('the inspector: the default token explained, on a phone and in the dark; a tampered payload until re-signed; a pasted token without its JWKS; a generated token and its fixes', async ({
  page,
}) => {
  // Five parts in one page: a generous hang guard for a loaded machine, not a speed check.
  test.setTimeout(360_000)
  const inspector = await openDefault(page)

  await test.step('the inspector decodes the default token and explains its claims', async () => {
    // The inspector is a lazy chunk after the verdict: a generous hang guard for a loaded machine.
    await expect(inspector.getByText('Header', { exact: true })).toBeVisible({ timeout: 60_000 })
    const claims = inspector.getByRole('table', { name: /What each claim means for IRSA/ })
    await expect(claims.getByRole('rowheader', { name: 'iss' })).toBeVisible()
    const sub = claims.getByRole('row', { name: /^sub / })
    await expect(sub).toContainText('system:serviceaccount:example:example-sa')
    await expect(sub).toContainText('Trust policies match it')
    await expect(claims.getByRole('row', { name: /^exp / })).toContainText('expires in 23 hours')
    await expect(claims.getByRole('row', { name: /^iat / })).toContainText('issued 1 minute ago')
    await expect(claims.getByRole('rowheader', { name: 'serviceaccount' })).toBeVisible()
    await expect(
      inspector.getByLabel('A new token for the same ServiceAccount and audience:', {
        exact: true,
      }),
    ).toHaveText('$ kubectl create token example-sa -n example --audience sts.amazonaws.com')
    await expect(
      inspector.getByLabel('The token the kubelet mounted in the pod:', { exact: true }),
    ).toContainText(
      'kubectl exec example-pod -n example -- cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token',
    )
    await expect(page.getByTestId('verdict')).toContainText('The API call is allowed: s3:PutObject')
    await page.screenshot({ path: 'screenshots/inspector-default.png' })
    await inspector.screenshot({ path: 'screenshots/inspector-panel.png' })
  })

  await test.step('dark theme and a phone-sized viewport', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
    await page.getByLabel('Theme').selectOption('dark')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(inspector.getByRole('row', { name: /^exp / })).toContainText('expires in 23 hours')
    // The inspector and the verdict fit the phone's width (long tokens and ARNs wrap)
    for (const region of [inspector, page.getByTestId('verdict')]) {
      const box = await region.boundingBox()
      expect(box!.x + box!.width).toBeLessThanOrEqual(390)
      expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
    }
    await page.screenshot({ path: 'screenshots/inspector-phone-dark.png', fullPage: true })

    await page.setViewportSize({ width: 1440, height: 900 })
    await inspector.getByRole('button', { name: 'Edit payload' }).click()
    await inspector.getByLabel('Payload (JSON)').fill('{ "sub": "x" ')
    await inspector.getByRole('button', { name: 'Apply without re-signing' }).click()
    await expect(inspector.getByRole('alert')).toHaveText('This is not valid JSON.')
    await page.screenshot({ path: 'screenshots/inspector-dark-desktop.png' })
    // Back as the page loaded: the editor closed, the system theme (light), full motion.
    await inspector.getByRole('button', { name: 'Edit payload' }).click()
    await expect(inspector.getByLabel('Payload (JSON)')).toHaveCount(0)
    await page.getByLabel('Theme').selectOption('system')
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' })
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark')
  })

  await test.step('a tampered payload fails the signature check until it is re-signed on request', async () => {
    // Given the payload edited in place: the token lives a year longer
    await inspector.getByRole('button', { name: 'Edit payload' }).click()
    const text = inspector.getByLabel('Payload (JSON)')
    const payload = JSON.parse(await text.inputValue())
    payload.exp += 365 * 86400
    await text.fill(JSON.stringify(payload, null, 2))
    await inspector.getByRole('button', { name: 'Apply without re-signing' }).click()

    // Then STS refuses the signature, and the re-sign is offered, not done
    const verdict = page.getByTestId('verdict')
    await expect(verdict.getByRole('heading', { name: 'STS refused' })).toBeVisible()
    await expect(page.getByTestId('sts-error')).toHaveText(
      'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Token signature invalid',
    )
    await expect(verdict).toContainText('The signature does not match the header and payload')
    await expect(inspector.getByRole('row', { name: /^exp / })).toContainText('expires in 365 days')
    await expect(page.getByTestId('resigned-banner')).toHaveCount(0)

    // The same error as the SDKs log it, tab by tab with the keyboard
    const goTab = verdict.getByRole('tab', { name: 'Go SDK v2' })
    await expect(verdict.getByRole('tabpanel')).toContainText(
      'operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 400, RequestID: ',
    )
    await goTab.focus()
    await page.keyboard.press('ArrowRight')
    await expect(verdict.getByRole('tab', { name: 'JS SDK v3' })).toBeFocused()
    await expect(verdict.getByRole('tabpanel')).toHaveText(
      'InvalidIdentityTokenException: Token signature invalid',
    )
    await page.keyboard.press('ArrowRight')
    await expect(verdict.getByRole('tabpanel')).toHaveText(
      'botocore.errorfactory.InvalidIdentityTokenException: An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Token signature invalid',
    )
    await page.screenshot({ path: 'screenshots/inspector-tampered.png' })
    await verdict.screenshot({ path: 'screenshots/verdict-tampered.png' })
    await inspector.screenshot({ path: 'screenshots/inspector-tampered-panel.png' })

    // When re-signed with the cluster key
    await inspector.getByRole('button', { name: 'Re-sign with the cluster key' }).click()

    // Then credentials are issued, and the page says the signature was regenerated
    await expect(verdict.getByRole('heading', { name: 'Credentials issued' })).toBeVisible()
    await expect(page.getByTestId('resigned-banner')).toHaveText(
      /Signature regenerated by IRSA Lab/,
    )
    await expect(inspector.getByRole('row', { name: /^exp / })).toContainText('expires in 365 days')
    await page.screenshot({ path: 'screenshots/inspector-resigned.png' })
  })

  await test.step('a pasted real token without its JWKS is decoded, with the missing key explained', async () => {
    // A token from "another" cluster key with the same issuer: its kid is not in the JWKS
    const key = await generateClusterKey('RS256')
    const token = await issueServiceAccountToken({
      issuer: ISSUER,
      namespace: 'example',
      serviceAccount: 'example-sa',
      audiences: ['sts.amazonaws.com'],
      expirationSeconds: 86400,
      key,
    })
    await inspector.getByText('Paste a token').click()
    await inspector.getByLabel('Compact token').fill(`Bearer ${token}\n`)
    await inspector.getByRole('button', { name: 'Use this token' }).click()

    const verdict = page.getByTestId('verdict')
    await expect(verdict.getByRole('heading', { name: 'STS refused' })).toBeVisible()
    await expect(page.getByTestId('sts-error')).toContainText(
      "Couldn't retrieve verification key from your identity provider,  please reference",
    )
    await expect(verdict).toContainText(`signed with key ${key.kid}`)
    const missing = inspector.getByTestId('missing-key')
    await expect(missing).toContainText('The JWKS is needed')
    await expect(missing).toContainText(`${ISSUER}/keys, which a browser cannot fetch`)
    await expect(missing.getByLabel('The JWKS is needed', { exact: true })).toHaveText(
      `$ curl -s ${ISSUER}/keys`,
    )
    // Decoded all the same, and the checks before the key are still evaluated
    await expect(inspector.getByRole('row', { name: /^sub / })).toContainText(
      'system:serviceaccount:example:example-sa',
    )
    await expect(page.locator('[data-step-id="sts.audience"] [aria-label="passed"]')).toBeVisible()
    await page.screenshot({ path: 'screenshots/inspector-missing-key.png' })
    await inspector.screenshot({ path: 'screenshots/inspector-missing-key-panel.png' })
  })

  await test.step('generating a token: the API server’s minimum lifetime, then fixes applied as buttons', async () => {
    await inspector.getByText('Generate a new key and token').click()
    await inspector.getByLabel('Lifetime (seconds)').fill('60')
    await inspector.getByRole('button', { name: 'Generate and sign' }).click()
    await expect(page.getByTestId('token-request-error')).toHaveText(
      'spec.expirationSeconds: Invalid value: 60: may not specify a duration less than 10 minutes',
    )

    // A new ES256 key and a token for another audience
    await inspector.getByLabel('Key algorithm').selectOption('ES256')
    await inspector.getByRole('textbox', { name: 'Audience', exact: true }).fill('my-app')
    await inspector.getByLabel('Lifetime (seconds)').fill('3600')
    await inspector.getByRole('button', { name: 'Generate and sign' }).click()
    await expect(inspector.getByRole('status')).toContainText('New ES256 key')
    await expect(inspector.getByRole('row', { name: /^exp / })).toContainText('expires in 1 hour')

    const verdict = page.getByTestId('verdict')
    await expect(verdict.getByRole('status')).toContainText(
      'The token’s audience my-app is not a client ID of the IAM OIDC provider.',
    )
    await verdict.getByRole('button', { name: 'Add my-app to the provider’s client IDs' }).click()
    // The trust policy still wants sts.amazonaws.com: the next failure, and its fix
    await expect(verdict.getByRole('status')).toContainText('but the token gives my-app')
    await verdict.getByRole('button', { name: /:aud to my-app$/ }).click()
    await expect(verdict.getByRole('heading', { name: 'Credentials issued' })).toBeVisible()
    await expect(verdict.getByRole('heading', { name: 'Credentials issued' })).toBeFocused()
  })
})
