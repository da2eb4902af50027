import { expect, test } from './fixtures'

test('the default scenario issues credentials for example-sa, with every step shown; the built page carries a Content-Security-Policy that allows only its own origin', async ({
  page,
}) => {
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })

  await page.goto('/')

  const verdict = page.getByTestId('verdict')
  await expect(verdict.getByRole('heading', { name: 'Credentials issued' })).toBeVisible()
  const credentials = JSON.parse((await page.getByTestId('credentials').textContent()) ?? '{}')
  expect(credentials.Credentials.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
  expect(credentials.Credentials.SecretAccessKey).toHaveLength(40)
  expect(credentials.SubjectFromWebIdentityToken).toBe('system:serviceaccount:example:example-sa')
  expect(credentials.AssumedRoleUser.Arn).toMatch(
    /^arn:aws:sts::123456789012:assumed-role\/example-role\/botocore-session-\d+$/,
  )
  expect(credentials.Audience).toBe('sts.amazonaws.com')

  const steps = page.getByRole('list', { name: 'Steps of the IRSA chain' }).getByRole('listitem')
  await expect(steps.first()).toContainText('pod identity webhook')
  await expect(page.locator('[data-step-id="jwt.signature"] [aria-label="passed"]')).toBeVisible()
  await expect(page.locator('[data-step-id="api.call"] [aria-label="passed"]')).toBeVisible()
  await expect(page.locator('.step--fail')).toHaveCount(0)

  await page.screenshot({ path: 'screenshots/default-scenario.png', fullPage: true })
  expect(consoleErrors).toEqual([])

  // The built page carries a Content-Security-Policy that allows only its own origin.
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(csp).toContain("default-src 'self'")
  expect(csp).not.toContain('unsafe-eval')
  expect(csp).toMatch(/script-src 'self'(;|$)/)
})
