import { editors, pasteIntoEditor } from './editing'
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

test('the YAML library is not among what the page loads up front; it arrives once the verdict is on screen, and the editors read YAML', async ({
  page,
  request,
}) => {
  // What the page asks for (its scripts, by URL)
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url())
  })
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await expect(page.getByTestId('verdict')).toContainText('Credentials issued')

  // The scripts the page itself names (index.html: its script tags and modulepreloads); the
  // links the page adds later for its lazy chunks are not among them
  const html = await (await request.get('/')).text()
  const upFront = [
    ...html.matchAll(/<(?:script|link rel="modulepreload")[^>]*(?:src|href)="([^"]+\.js)"/g),
  ].map((m) => new URL(m[1]!, page.url()).toString())
  const text = (url: string) => request.get(url).then((r) => r.text())
  // The yaml package marks its nodes with these symbols (Symbol.for('yaml.document'), …)
  const isYaml = (code: string) => code.includes('yaml.document')
  expect(upFront.length).toBeGreaterThan(2)
  for (const url of upFront) expect(isYaml(await text(url)), url).toBe(false)

  // Then it arrives after the verdict, and the pod editor reads its YAML (a marker on a bad line)
  await expect.poll(async () => (await Promise.all(scripts.map(text))).some(isYaml)).toBe(true)
  const podTab = editors(page)
    .getByRole('tablist', { name: 'Scenario inputs' })
    .getByRole('tab', { name: /^Pod/ })
  await podTab.click()
  await pasteIntoEditor(page, 'kind: Pod\nmetadata: [unclosed\n', 'Pod')
  await expect(podTab).toContainText(/Errors: [1-9]/)
})
