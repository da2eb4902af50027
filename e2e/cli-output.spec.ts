import type { Page } from '@playwright/test'
import { editors, pasteIntoEditor } from './editing'
import { expect, test } from './fixtures'

/*
 * The verdict prints what the real clients print (src/cli/realClients.test.ts compares these texts
 * with the AWS CLI, the JS SDK v3 and boto3): here, that the page shows those texts exactly.
 */

const tab = (page: Page, name: string) =>
  editors(page).getByRole('tablist', { name: 'Scenario inputs' }).getByRole('tab', { name })

test('issued: the CLI’s JSON and the SDKs’ credentials; a 1-character session name: the CLI refuses it itself', async ({
  page,
}) => {
  test.setTimeout(240_000) // a cold dev server serves Monaco's chunk slowly
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  const verdict = page.getByTestId('verdict')
  await expect(verdict.getByRole('heading', { name: 'Credentials issued' })).toBeVisible({
    timeout: 20_000,
  })
  // The CLI's stdout: JSON indented by 4, then a newline.
  const stdout = await page.getByTestId('credentials').textContent()
  expect(stdout).toMatch(/^\{\n {4}"Credentials": \{\n {8}"AccessKeyId": "ASIA[A-Z2-7]{16}",/)
  expect(stdout).toMatch(/\n\}\n$/)
  const sdks = page.getByTestId('sdk-credentials')
  await expect(sdks.getByRole('tabpanel')).toContainText("accessKeyId: 'ASIA")
  await sdks.getByRole('tab', { name: 'boto3' }).click()
  await expect(sdks.getByRole('tabpanel')).toContainText("{'Credentials': {'AccessKeyId': 'ASIA")
  await page.setViewportSize({ width: 1280, height: 720 })
  await verdict.screenshot({ path: 'screenshots/verdict-issued-sdks.png' })

  await expect(editors(page).locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 })
  await tab(page, 'STS request').click()
  await pasteIntoEditor(page, '{ "roleSessionName": "a" }', 'STS request')
  await expect(verdict.getByRole('heading', { name: 'STS refused' })).toBeVisible()
  // Exactly the CLI's stderr (exit 252): it never calls STS.
  await expect
    .poll(() => page.getByTestId('sts-error').textContent())
    .toBe(
      '\nParameter validation failed:\nInvalid length for parameter RoleSessionName, value: 1, valid min length: 2\n',
    )
  const errors = page.getByTestId('sdk-error')
  await errors.getByRole('tab', { name: 'boto3' }).click()
  await expect(errors.getByRole('tabpanel')).toHaveText(
    'botocore.exceptions.ParamValidationError: Parameter validation failed:\nInvalid length for parameter RoleSessionName, value: 1, valid min length: 2',
  )
  // The JS SDK does not validate lengths: it gets STS's answer.
  await errors.getByRole('tab', { name: 'JS SDK v3' }).click()
  await expect(errors.getByRole('tabpanel')).toContainText('ValidationError: 1 validation error')
  await verdict.screenshot({ path: 'screenshots/verdict-cli-validation.png' })
  await page.setViewportSize({ width: 390, height: 844 })
  await verdict.screenshot({ path: 'screenshots/verdict-cli-validation-phone.png' })
})
