/**
 * The 2 a.m. debugger, from the symptom (issue #16): a user with `Incorrect token audience` starts
 * from the tour's last stop, answers the one question that tells the causes apart, and lands on the
 * scenario that reproduces it with its fix; evidence with an STS AccessDenied shows "proven by your
 * error" on the steps it proves and the character that differs on the :sub condition.
 */
import type { Page } from '@playwright/test'
import { TOUR_STOPS } from '../src/learning/tour/stops'
import { EVENT } from '../src/scenarios/import/testing/cloudTrail'
import { GET_ROLE } from '../src/scenarios/import/testing/samples'
import { expect, test } from './fixtures'

// The panels load after the verdict; on a busy machine (and a dev server) that takes a while.
test.setTimeout(300_000)

async function verdictShown(page: Page) {
  await expect(page.getByTestId('verdict').getByRole('heading').first()).toBeVisible({
    timeout: 60_000,
  })
}

// One page: the evidence first, on the scenario the page opens with; then the tour's last stop,
// opened from the tour's stops list (its `?tour=` deep link is checked in e2e/tour.spec.ts).
test('evidence with an STS AccessDenied: proven by your error on the steps, the differing character on :sub; from “Incorrect token audience” to the scenario that reproduces it, with its fix', async ({
  page,
}) => {
  await page.goto('/')
  await verdictShown(page)

  await test.step('evidence with an STS AccessDenied: proven by your error on the steps, the differing character on :sub', async () => {
    // The role trusts namespace "payment"; the pod runs in "payments".
    const event = JSON.stringify({ Records: [EVENT] }, null, 2).replaceAll(
      'system:serviceaccount:photos:uploaders',
      'system:serviceaccount:payments:uploader',
    )
    const role = GET_ROLE.replaceAll(
      'system:serviceaccount:photos:uploader',
      'system:serviceaccount:payment:uploader',
    )
    const open = page.getByRole('button', { name: 'Paste from your cluster' })
    await expect(open).toBeVisible({ timeout: 60_000 })
    await open.click()
    const dialog = page.getByRole('dialog', { name: 'Paste from your cluster' })
    await dialog.getByLabel('Tool output').fill(`${event}\n${role}`)
    const evidence = dialog.getByTestId('evidence')
    await expect(evidence.getByTestId('evidence-proof')).toContainText(
      'STS answers AccessDenied only after it has accepted the token',
      { timeout: 30_000 },
    )
    await expect(evidence.locator('ins')).toHaveText('s')
    await expect(evidence.locator('pre')).toContainText(
      'aws iam update-assume-role-policy --role-name=photo-uploader',
    )
    await evidence.getByRole('button', { name: 'Reproduce as a scenario' }).click()
    await expect(evidence).toContainText('Scenario loaded from the evidence')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByTestId('sts-error')).toContainText('AccessDenied', { timeout: 30_000 })

    // The steps the error proves say so, with the error and why; the ones it does not, do not.
    const steps = page.getByRole('list', { name: /steps/i })
    for (const id of ['iam.provider', 'sts.audience', 'jwt.signature', 'jwt.time'])
      await expect(
        steps.locator(`[data-step-id="${id}"]`).getByTestId('step-proven'),
      ).toContainText('Proven by your error (AccessDenied)')
    await expect(steps.locator('[data-step-id="iam.role"]').getByTestId('step-proven')).toHaveCount(
      0,
    )
    await expect(
      steps.locator('[data-step-id="trust.evaluate"]').getByTestId('step-proven'),
    ).toHaveCount(0)

    // The :sub condition: payment in the policy, payment + “s” in the token.
    const diff = steps.getByTestId('step-diff')
    await expect(diff).toHaveCount(1)
    await expect(diff.locator('ins')).toHaveText('s')
    await expect(diff.locator('code')).toHaveText('system:serviceaccount:payments:uploader')
    await expect(diff).toContainText('Differs here:')
  })

  await test.step('from “Incorrect token audience” to the scenario that reproduces it, with its fix', async () => {
    // The tour's last stop offers the way in.
    await page.getByRole('button', { name: /^(Guided tour|Resume the tour)/ }).click()
    await page
      .locator('#tour-panel')
      .getByRole('button', { name: new RegExp(`^${TOUR_STOPS.length}\\. `) })
      .click()
    const tour = page.locator('#tour-panel')
    await tour.getByRole('button', { name: 'Start from your error message' }).click({
      timeout: 60_000,
    })
    const dialog = page.getByRole('dialog', { name: 'Start from the error you have' })
    await expect(dialog).toBeVisible()

    // Pasting the error picks its starting point.
    await dialog
      .getByLabel('Your error message (optional)')
      .fill(
        'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
      )
    await expect(dialog.getByRole('status').first()).toContainText(
      'Recognised: InvalidIdentityToken: Incorrect token audience',
    )
    await expect(
      dialog.getByRole('radio', { name: 'InvalidIdentityToken: Incorrect token audience' }),
    ).toBeChecked()
    await dialog.getByRole('button', { name: 'Next' }).click()

    // One question, its heading focused for a screen reader, answered from the keyboard.
    const question = dialog.getByRole('heading', {
      name: 'What is the aud of the token in the pod?',
    })
    await expect(question).toBeFocused()
    await expect(dialog.getByRole('group', { name: /What is the aud/ })).toBeVisible()
    await dialog.getByRole('radio', { name: /Something else/ }).focus()
    await page.keyboard.press('Space')
    await expect(dialog.getByRole('radio', { name: /Something else/ })).toBeChecked()
    await page.keyboard.press('Enter')

    // The cause, what the error already proves, and the command that fixes it.
    const leaf = dialog.getByTestId('triage-leaf')
    await expect(
      leaf.getByRole('heading', { name: 'The pod presents a token for another audience' }),
    ).toBeFocused()
    await expect(leaf.getByTestId('triage-proves')).toContainText('the provider is in the account')
    await expect(leaf.locator('pre')).toContainText(
      'eks.amazonaws.com/audience=sts.amazonaws.com --overwrite',
    )
    await expect(dialog.getByRole('region', { name: 'So far' })).toContainText(
      'What is the aud of the token in the pod? Something else',
    )

    // Back and forth keeps the answer; then the scenario that reproduces it.
    await leaf.getByRole('button', { name: 'Back' }).click()
    await expect(dialog.getByRole('radio', { name: /Something else/ })).toBeChecked()
    await dialog.getByRole('button', { name: 'Next' }).click()
    await leaf.getByRole('button', { name: 'Open the scenario that reproduces it' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('sts-error')).toContainText('Incorrect token audience', {
      timeout: 30_000,
    })
    await expect(page.getByTestId('sts-error')).toContainText('InvalidIdentityToken')
  })
})
