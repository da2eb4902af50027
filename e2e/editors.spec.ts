import type { Page } from '@playwright/test'
import { draftField, editors, pasteIntoEditor } from './editing'
import { expect, test } from './fixtures'

test.use({ viewport: { width: 1440, height: 900 } })
// Each test opens its own page: they may run on both workers at once.
test.describe.configure({ mode: 'parallel' })

const tab = (page: Page, name: string | RegExp) =>
  editors(page).getByRole('tablist', { name: 'Scenario inputs' }).getByRole('tab', { name })

async function openPlayground(page: Page) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await expect(
    page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
  ).toBeVisible({ timeout: 20_000 })
  // Monaco is a lazy chunk: a cold dev server takes a few seconds to serve it the first time.
  await expect(editors(page).locator('.monaco-editor').first()).toBeVisible({ timeout: 30_000 })
}

test('Monaco renders from the local bundle; tabs switch documents and show the mutated pod; dark theme and a phone: the editors follow the theme and fit the screen', async ({
  page,
}) => {
  const consoleErrors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text())
  })
  await openPlayground(page)
  await expect(tab(page, 'Token')).toHaveAttribute('aria-selected', 'true')
  // The token is coloured by segment (our `jwt` language), so Monaco tokenised it.
  await expect(editors(page).locator('.view-lines')).toContainText('eyJ')

  // Keyboard: the arrow key moves to the next tab and shows its document.
  await tab(page, 'Token').focus()
  await page.keyboard.press('ArrowRight')
  await expect(tab(page, 'ServiceAccount')).toHaveAttribute('aria-selected', 'true')
  await expect(tab(page, 'ServiceAccount')).toBeFocused()
  await expect(editors(page).locator('.view-lines').first()).toContainText('namespace: example')

  await tab(page, 'Pod').click()
  const mutated = page.getByTestId('mutated-pod')
  await expect(mutated.locator('.monaco-diff-editor')).toBeVisible()
  // The injected lines are marked as insertions (Monaco renders only the lines in view).
  await expect(mutated.locator('.line-insert').first()).toBeVisible()
  await expect(mutated).toContainText('AWS_STS_REGIONAL_ENDPOINTS')
  const why = editors(page).getByRole('list').filter({ hasText: 'AWS_ROLE_ARN' })
  await expect(why).toContainText(
    "AWS_ROLE_ARN=arn:aws:iam::123456789012:role/example-role (app) — the role from the ServiceAccount's eks.amazonaws.com/role-arn annotation.",
  )
  await expect(why).toContainText('Volume aws-iam-token')

  await page.screenshot({ path: 'screenshots/editors-desktop-light.png' })
  expect(consoleErrors).toEqual([])

  // The same page (the theme is a setting, the scenario stays as it is) in the dark theme, then
  // on a phone.
  await test.step('dark theme and a phone: the editors follow the theme and fit the screen', async () => {
    await page.getByLabel('Theme').selectOption('dark')
    await expect(editors(page).locator('.monaco-editor.vs-dark').first()).toBeVisible()
    await tab(page, 'Trust policy').click()
    await page.screenshot({ path: 'screenshots/editors-desktop-dark.png' })

    await page.setViewportSize({ width: 390, height: 844 })
    await tab(page, 'ServiceAccount').scrollIntoViewIfNeeded()
    await tab(page, 'ServiceAccount').click()
    await editors(page).scrollIntoViewIfNeeded()
    const width = await editors(page)
      .locator('.monaco-editor')
      .first()
      .evaluate((el) => el.clientWidth)
    expect(width).toBeLessThanOrEqual(390)
    expect(width).toBeGreaterThan(300)
    const panel = await editors(page).boundingBox()
    expect((panel?.x ?? 0) + (panel?.width ?? 999)).toBeLessThanOrEqual(390)
    await editors(page).locator('.editors__tabs').scrollIntoViewIfNeeded()
    await page.screenshot({ path: 'screenshots/editors-phone.png' })
  })
})

test('a ServiceAccount in another namespace: the webhook skips the pod, and the markers say why', async ({
  page,
}) => {
  await openPlayground(page)
  await tab(page, 'ServiceAccount').click()
  const sa = await draftField(page, 'serviceAccount')
  await pasteIntoEditor(
    page,
    sa.replace('namespace: example', 'namespace: other'),
    'ServiceAccount',
  )

  await expect.poll(() => draftField(page, 'serviceAccount')).toContain('namespace: other')
  const verdict = page.getByTestId('verdict')
  await expect(verdict.getByRole('heading', { name: 'Credentials issued' })).toHaveCount(0)
  await expect(
    page.locator('[data-step-id="sdk.credential-chain"] [aria-label="failed"]'),
  ).toBeVisible()

  // The pod still runs in `example`: a warning on the Pod tab, at the pod's namespace.
  await expect(tab(page, 'Pod')).toContainText('Errors: 0, warnings: 1')
  await expect(tab(page, 'Token')).toContainText('warnings: 1')
  await tab(page, 'Pod').click()
  await expect(editors(page).locator('[data-source="pod"] .squiggly-warning')).toBeVisible()
  await expect(page.getByText('The webhook leaves the pod unchanged')).toBeVisible()
})

test('a trust policy for another namespace: AccessDenied, and the failing :sub condition is highlighted', async ({
  page,
}) => {
  await openPlayground(page)
  await tab(page, 'Trust policy').click()
  const trust = await draftField(page, 'trustPolicy')
  await pasteIntoEditor(
    page,
    trust.replace(
      'system:serviceaccount:example:example-sa',
      'system:serviceaccount:other:example-sa',
    ),
    'Trust policy',
  )
  await expect(page.getByTestId('sts-error')).toContainText('AccessDenied')
  const failing = page.locator('[data-step-id="trust.condition.0.0"]')
  await expect(failing.locator('[aria-label="failed"]')).toBeVisible()

  // Select the failing step from another tab: the trust policy comes forward, the condition lit.
  await tab(page, 'JWKS').click()
  await failing.getByRole('button').click()
  await expect(tab(page, 'Trust policy')).toHaveAttribute('aria-selected', 'true')
  await expect(
    tab(page, 'Trust policy').getByRole('img', { name: 'read by the selected step' }),
  ).toBeVisible()
  await expect(
    tab(page, 'Token').getByRole('img', { name: 'read by the selected step' }),
  ).toBeVisible()
  const highlighted = editors(page).locator('.view-overlays .editor-ref')
  await expect(highlighted.first()).toBeVisible()
  // A lit range sits on the line of the :sub condition (which word-wraps onto two view lines).
  const line = await editors(page).locator('.view-line').filter({ hasText: ':sub' }).boundingBox()
  const marks = await highlighted.evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().y),
  )
  expect(marks.some((y) => Math.abs(y - (line?.y ?? -100)) < 4)).toBe(true)
  expect(marks.length).toBeLessThanOrEqual(3)
  await editors(page).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'screenshots/editors-access-denied.png' })
})

/** The playground with the cursor in the trust policy's editor. */
async function openTrustPolicy(page: Page) {
  await openPlayground(page)
  await tab(page, /Trust policy/).click()
  await editors(page).locator('.view-line').first().click()
}

/** A new line after the trust policy's first, inside its root object. */
async function newLineInRoot(page: Page) {
  await page.keyboard.press('ControlOrMeta+Home')
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
}

test('the trust policy offers its keys as you type inside it, and nothing after its closing brace', async ({
  page,
}) => {
  await openTrustPolicy(page)
  const suggestions = editors(page).locator('.suggest-widget.visible .monaco-list-row')
  // After the root object's closing brace a space offers nothing (the schema's "New object" did)
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.type(' ')
  await page.waitForTimeout(500) // a popup would have opened by now (quick suggestions: 10 ms)
  await expect(suggestions).toHaveCount(0)
  await page.keyboard.press('Backspace')
  // Inside the root object, a new key's quote offers the policy's keys it lacks (its Id)
  await newLineInRoot(page)
  await page.keyboard.type('"')
  await expect(suggestions.first()).toBeVisible()
  await expect(suggestions).toContainText([/^Id/])
  await page.keyboard.press('Escape')
})

test('on a wide screen, suggestions that reach over the next column stay on top of it', async ({
  page,
}) => {
  await openTrustPolicy(page)
  await newLineInRoot(page)
  // Far enough right that the list (Monaco's fixed overflow widget) crosses into the flow column.
  await page.keyboard.type(`${' '.repeat(40)}"`)
  const widget = editors(page).locator('.suggest-widget.visible')
  await expect(widget.locator('.monaco-list-row').first()).toBeVisible()
  const list = (await widget.boundingBox())!
  const column = (await page.locator('.playground__trace').boundingBox())!
  expect(list.x + list.width).toBeGreaterThan(column.x + 40)
  // The point on the flow column's side is the list's: the isolated column does not cover it.
  const point = { x: column.x + 20, y: list.y + Math.min(list.height, 60) / 2 }
  const topmost = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('.suggest-widget') !== null,
    point,
  )
  expect(topmost).toBe(true)
  await page.keyboard.press('Escape')
})

test('the ServiceAccount editor suggests the webhook annotations under metadata.annotations', async ({
  page,
}) => {
  await openPlayground(page)
  await tab(page, 'ServiceAccount').click()
  // To the end of line 6, `  annotations:`, by keyboard: a click at the line's coordinates can
  // land elsewhere if the editor lays out again in between (the page is still loading its panels).
  await editors(page).locator('.view-line').first().click()
  await page.keyboard.press('ControlOrMeta+Home')
  for (let line = 1; line < 6; line++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('eks')
  await page.keyboard.press('Control+Space')
  const suggestions = editors(page).locator('.suggest-widget .monaco-list-row')
  await expect(suggestions).toContainText([
    'eks.amazonaws.com/audience',
    'eks.amazonaws.com/role-arn',
    'eks.amazonaws.com/sts-regional-endpoints',
    'eks.amazonaws.com/token-expiration',
  ])
  await suggestions.filter({ hasText: 'audience' }).click()
  await expect
    .poll(() => draftField(page, 'serviceAccount'))
    .toContain('  annotations:\n    eks.amazonaws.com/audience: sts.amazonaws.com\n')
})

test('a JSON syntax error in the JWKS is a squiggle at its place and an error on the tab', async ({
  page,
}) => {
  await openPlayground(page)
  await tab(page, 'JWKS').click()
  await pasteIntoEditor(page, '{\n  "keys": [ oops ]\n}', 'JWKS')
  await expect(tab(page, 'JWKS')).toContainText(/Errors: [1-9]/)
  const squiggle = editors(page).locator('.squiggly-error').first()
  await expect(squiggle).toBeVisible()
  const line = editors(page).locator('.view-line').filter({ hasText: 'oops' })
  const lineBox = await line.boundingBox()
  const squiggleBox = await squiggle.boundingBox()
  // On the second line, under "oops" (past the indentation and `"keys": [`).
  expect(Math.abs((squiggleBox?.y ?? 0) - (lineBox?.y ?? -100))).toBeLessThan(4)
  expect(squiggleBox?.x ?? 0).toBeGreaterThan((lineBox?.x ?? 0) + 40)
})

test('the clock: a day later is within the clock skew, an hour more is expired; "Token exp" jumps to its expiry', async ({
  page,
}) => {
  await openPlayground(page)
  const clock = page.getByRole('group', { name: 'Clock: the simulated instant' })
  const input = clock.getByLabel('Now (UTC)')
  const before = await input.inputValue()
  await clock.getByRole('button', { name: '+1 day' }).click()
  await expect(input).not.toHaveValue(before)
  // A minute past exp: STS still accepts the token (five minutes of clock skew).
  await expect(page.getByTestId('credentials')).toBeVisible()
  await clock.getByRole('button', { name: '+1 h' }).click()
  await expect(page.getByTestId('sts-error')).toContainText('ExpiredTokenException')
  await clock.getByRole('button', { name: 'Token exp' }).click()
  const exp = await input.inputValue()
  expect(Date.parse(`${exp}Z`) - Date.parse(`${before}Z`)).toBe((86400 - 60) * 1000)
})

test('the pod moves to another namespace: the kubelet’s new token meets the trust policy’s :sub → AccessDenied', async ({
  page,
}) => {
  await openPlayground(page)
  // Given: the ServiceAccount and the pod both move to namespace payments
  await tab(page, 'ServiceAccount').click()
  const sa = await draftField(page, 'serviceAccount')
  await pasteIntoEditor(
    page,
    sa.replace('namespace: example', 'namespace: payments'),
    'ServiceAccount',
  )
  await tab(page, 'Pod').click()
  const pod = await draftField(page, 'pod')
  await pasteIntoEditor(page, pod.replace('namespace: example', 'namespace: payments'), 'Pod')
  await expect.poll(() => draftField(page, 'pod')).toContain('namespace: payments')

  // When: the token the kubelet would mount for the moved pod is issued (on request)
  const verdict = page.getByTestId('verdict')
  await verdict
    .getByRole('button', {
      name: 'Mount the token the kubelet would issue for this ServiceAccount',
    })
    .click()

  // Then: STS refuses, at the :sub condition of the trust policy
  await expect(page.getByTestId('sts-error')).toHaveText(
    'An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity',
  )
  await expect(
    page.locator('[data-step-id="trust.condition.0.0"] [aria-label="failed"]'),
  ).toBeVisible()
  await expect(page.locator('[data-step-id="trust.condition.0.0"]')).toContainText(':sub')
  await page.screenshot({ path: 'screenshots/namespace-access-denied.png' })
})
