/**
 * The 2 a.m. debugger (issue #16): a whole account's roles, risky first, each one a scenario; and
 * "what does this edit change?" beside the trust policy editor.
 */
import type { Page } from '@playwright/test'
import { sampleAccountDetails, sampleProviders } from '../src/scenarios/audit/sample'
import { EVENT } from '../src/scenarios/import/testing/cloudTrail'
import { GET_ROLE } from '../src/scenarios/import/testing/samples'
import { draftField, editors, pasteIntoEditor } from './editing'
import { expect, test } from './fixtures'

// The panels load after the verdict; on a busy machine (and a dev server) that takes a while.
test.setTimeout(120_000)

async function openApp(page: Page) {
  await page.goto('/')
  await expect(
    page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
  ).toBeVisible()
}

// One page: the trust policy edit first (it compares with the scenario the page opens with), then
// the account audit and the CloudTrail paste, which each open a scenario of their own.
test('an edit that widens :sub shows the subjects it newly admits; a pasted 200-role account lists the risky roles first and opens one as a scenario; a pasted CloudTrail record reproduces its failure, with the condition and the fix', async ({
  page,
}) => {
  // Three parts in one page: a generous hang guard for a loaded machine, not a speed check.
  test.setTimeout(300_000)
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page)

  await test.step('an edit that widens :sub shows the subjects it newly admits', async () => {
    const tabs = editors(page).getByRole('tablist', { name: 'Scenario inputs' })
    await expect(tabs).toBeVisible({ timeout: 60_000 })
    await tabs.getByRole('tab', { name: 'Trust policy' }).click()
    const panel = page.getByTestId('trust-changes')
    await expect(panel).toContainText('This edit changes no one’s access.')
    await expect(panel).toContainText('example:example-sa')
    // On a phone its entries wrap: a provider's URL is one long word.
    const viewport = page.viewportSize()!
    await page.setViewportSize({ width: 390, height: 844 })
    await expect
      .poll(() => panel.evaluate((el) => el.scrollWidth - el.clientWidth))
      .toBeLessThanOrEqual(0)
    await page.setViewportSize(viewport)
    await expect(editors(page).locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 })
    const trust = await draftField(page, 'trustPolicy')
    await pasteIntoEditor(
      page,
      trust
        .replace('"StringEquals"', '"StringLike"')
        .replace('system:serviceaccount:example:example-sa', 'system:serviceaccount:example:*'),
      'Trust policy',
    )
    await expect(panel.getByRole('heading', { name: /Newly admitted \(1\)/ })).toBeVisible()
    await expect(panel).toContainText('example:*')
    await expect(panel).toContainText('e.g. system:serviceaccount:example:')
    await expect(panel.getByRole('heading', { name: /No longer admitted/ })).toHaveCount(0)
  })

  await test.step('a pasted 200-role account lists the risky roles first and opens one as a scenario', async () => {
    const open = page.getByRole('button', { name: 'Account audit' })
    await expect(open).toBeVisible({ timeout: 60_000 })
    await open.click()
    const dialog = page.getByRole('dialog', { name: /Account audit/ })
    const text = `${JSON.stringify(sampleAccountDetails(200, true))}\n${JSON.stringify(sampleProviders())}`
    await dialog.getByLabel(/Account output/).fill(text)
    await dialog.getByRole('button', { name: 'Analyse' }).click()
    await expect(dialog.getByText(/^200 roles, 190 trust an OIDC provider/)).toBeVisible()
    const rows = dialog.getByTestId('audit-table').locator('tbody tr')
    await expect(rows).toHaveCount(190)
    // Risky first: the high rows, then medium, then low/none.
    const risks = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-risk')))
    const order = ['high', 'medium', 'low', 'none']
    expect(risks.map((r) => order.indexOf(r!))).toEqual(
      [...risks.map((r) => order.indexOf(r!))].sort((a, b) => a - b),
    )
    await expect(rows.first()).toHaveAttribute('data-risk', 'high')
    // Filter to the role whose provider was deleted, and open it: STS's own error is reproduced.
    await dialog.getByLabel('Filter roles, service accounts or findings').fill('orders-role-0017')
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText('is not in the account')
    await rows.first().getByRole('button', { name: 'Open orders-role-0017 as a scenario' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('verdict')).toContainText('No OpenIDConnect provider found')
  })

  await test.step('a pasted CloudTrail record reproduces its failure, with the condition and the fix', async () => {
    const open = page.getByRole('button', { name: 'Paste from your cluster' })
    await expect(open).toBeVisible({ timeout: 60_000 })
    await open.click()
    const dialog = page.getByRole('dialog', { name: 'Paste from your cluster' })
    await dialog
      .getByLabel('Tool output')
      .fill(`${JSON.stringify({ Records: [EVENT] }, null, 2)}\n${GET_ROLE}`)
    const evidence = dialog.getByTestId('evidence')
    await expect(evidence).toContainText('Error: AccessDenied')
    await expect(evidence.getByTestId('evidence-proven')).toContainText(
      'the OIDC provider, the audience, the signature, the time claims passed',
    )
    await expect(evidence.getByTestId('evidence-mismatch')).toContainText(
      'expects system:serviceaccount:photos:uploader but the token says system:serviceaccount:photos:uploaders',
    )
    await expect(evidence.locator('ins')).toHaveText('s')
    await expect(evidence.locator('pre')).toContainText(
      'aws iam update-assume-role-policy --role-name=photo-uploader',
    )
    await expect(dialog.getByText('Not recognised')).toHaveCount(0)
    await evidence.getByRole('button', { name: 'Reproduce as a scenario' }).click()
    await expect(evidence).toContainText('Scenario loaded from the evidence')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByTestId('sts-error')).toContainText('AccessDenied', { timeout: 30_000 })
  })
})
