import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

test.use({ viewport: { width: 1440, height: 900 } })

async function openComparison(page: Page) {
  await page.goto('/')
  await expect(
    page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
  ).toBeVisible({ timeout: 20_000 })
  const opener = page.getByRole('button', { name: 'IRSA vs Pod Identity' })
  await opener.click()
  const dialog = page.getByRole('dialog', { name: 'IRSA and EKS Pod Identity, side by side' })
  await expect(dialog).toBeVisible()
  return { dialog, opener }
}

test('the default scenario with IRSA and with EKS Pod Identity: credentials on both sides; dark theme and a phone', async ({
  page,
}) => {
  const { dialog, opener } = await openComparison(page)
  const irsa = dialog.getByRole('region', { name: 'IRSA', exact: true })
  const podIdentity = dialog.getByRole('region', { name: 'EKS Pod Identity', exact: true })
  await expect(irsa).toContainText('Credentials issued')
  await expect(podIdentity).toContainText('Credentials issued', { timeout: 10_000 })
  // Step by step: IRSA's STS checks against the agent and EKS Auth.
  await expect(irsa.locator('[data-step-id]').first()).toBeVisible()
  await expect(podIdentity.locator('[data-step-id="eksauth.association"]')).toContainText('✔')
  await expect(podIdentity.locator('[data-step-id="trust.action.sts:TagSession"]')).toBeVisible()
  await expect(podIdentity.getByRole('img', { name: 'failed' })).toHaveCount(0)

  // The two trust policies, the association and the session tags.
  await expect(dialog.getByLabel(/^Pod Identity: pods.eks.amazonaws.com/)).toContainText(
    '"Service": "pods.eks.amazonaws.com"',
  )
  await expect(dialog.getByLabel(/^IRSA: Federated OIDC provider/)).toContainText(
    'sts:AssumeRoleWithWebIdentity',
  )
  await expect(dialog.getByRole('region', { name: 'The Pod Identity association' })).toContainText(
    'arn:aws:iam::123456789012:role/example-role',
  )
  const tags = dialog.getByRole('region', { name: 'Session tags EKS Auth sets' })
  await expect(tags.getByRole('row', { name: /kubernetes-namespace example/ })).toBeVisible()
  await expect(tags.getByRole('row')).toHaveCount(7)

  // The comparison table: what each requires and protects against.
  const table = dialog.getByRole('region', { name: 'What each requires and protects against' })
  const principal = table.getByRole('row', { name: /Trust principal/ })
  await expect(principal).toContainText('Service: pods.eks.amazonaws.com')
  await expect(table.getByRole('row', { name: /A stolen token/ })).toContainText(
    'A copied token works from anywhere against public STS until exp',
  )
  await dialog.evaluate((d) => d.scrollTo(0, 0))
  await page.screenshot({ path: 'screenshots/pod-identity-desktop-light.png' })

  // Escape closes it and gives focus back to the button.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()

  // The same page in the dark theme (the app follows prefers-color-scheme), the dialog reopened.
  await test.step('screenshots: dark theme and a phone', async () => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await opener.click()
    await expect(dialog).toBeVisible()
    await expect(
      dialog.getByRole('region', { name: 'EKS Pod Identity', exact: true }),
    ).toContainText('Credentials issued', { timeout: 10_000 })
    await page.screenshot({ path: 'screenshots/pod-identity-desktop-dark.png' })
    await dialog
      .getByRole('region', { name: 'What each requires and protects against' })
      .scrollIntoViewIfNeeded()
    await page.screenshot({ path: 'screenshots/pod-identity-desktop-dark-table.png' })

    await page.setViewportSize({ width: 390, height: 844 })
    await dialog.evaluate((d) => d.scrollTo(0, 0))
    expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth + 1)).toBe(true)
    await page.screenshot({ path: 'screenshots/pod-identity-phone-dark.png' })
    await dialog
      .getByRole('region', { name: 'What each requires and protects against' })
      .scrollIntoViewIfNeeded()
    await page.screenshot({ path: 'screenshots/pod-identity-phone-dark-table.png' })
  })
})
