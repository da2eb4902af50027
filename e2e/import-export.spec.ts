import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import * as s from '../src/scenarios/import/testing/samples'
import { axe } from './axe'
import { expect, test } from './fixtures'

// Each test opens its own page: they may run on both workers at once.
test.describe.configure({ mode: 'parallel' })

const PAGE = '/'
const DEMO_ROLE_ARN = 'arn:aws:iam::123456789012:role/example-role'

/** A generated block of text in the export dialog, by the heading of its section. */
const code = (dialog: Locator, name: string) =>
  dialog.getByRole('region', { name, exact: true }).locator('pre')

async function openApp(page: Page) {
  await page.goto(PAGE)
  await expect(
    page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
  ).toBeVisible()
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Paste from your cluster' }).click()
  const dialog = page.getByRole('dialog', { name: 'Paste from your cluster' })
  await expect(dialog).toBeVisible()
  return dialog
}

const cases = [
  {
    name: 'kubectl create token',
    text: s.fakeToken(),
    line: /ServiceAccount token for system:serviceaccount:photos:uploader/,
    fills: 'Token, Issuer, Clock (now)',
  },
  {
    name: 'kubectl get sa -o yaml',
    text: s.SA_YAML,
    line: /ServiceAccount photos\/uploader — role-arn arn:aws:iam::111122223333:role\/photo-uploader/,
    fills: 'ServiceAccount',
  },
  {
    name: 'kubectl get pod -o yaml',
    text: s.POD_YAML,
    line: /Pod photos\/uploader-7d9f8b6c5-x2k4q — ServiceAccount uploader, phase Running/,
    fills: 'Pod',
  },
  {
    name: 'aws iam get-role (URL-encoded)',
    text: s.GET_ROLE_ENCODED,
    line: /IAM role photo-uploader/,
    fills: 'Account ID, Role name, Max session duration, Trust policy',
  },
  {
    name: 'aws iam get-open-id-connect-provider',
    text: s.GET_PROVIDER,
    line: /IAM OIDC provider oidc\.eks\.eu-west-1/,
    fills: 'OIDC providers',
  },
  {
    name: 'aws eks describe-cluster',
    text: s.DESCRIBE_CLUSTER,
    line: /EKS cluster photos-prod \(eu-west-1\)/,
    fills: 'Issuer',
  },
  { name: 'curl <issuer>/keys', text: s.JWKS, line: /JWKS with 1 key/, fills: 'JWKS' },
]

test(`pasting each tool's output fills its fields and changes the verdict: ${cases.map((c) => c.name).join('; ')}`, async ({
  page,
}) => {
  // Seven pastes on one page, each undone before the next: a hang guard for the lot.
  test.setTimeout(300_000)
  await openApp(page)
  const issued = page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' })
  for (const c of cases) {
    await test.step(`pasting ${c.name} fills ${c.fills} and changes the verdict`, async () => {
      const dialog = await openImport(page)
      await dialog.getByLabel('Tool output').fill(c.text)
      const detected = dialog.getByRole('list', { name: 'Detected' })
      await expect(detected.getByRole('listitem')).toHaveCount(1)
      await expect(detected).toContainText(c.line)
      await expect(detected).toContainText(`Fills: ${c.fills}`)
      await dialog.getByRole('button', { name: 'Apply to the scenario' }).click()
      await expect(dialog.getByText(`Applied: ${c.fills}.`)).toBeVisible()
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
      // The demo scenario, now holding a piece of another cluster, no longer gets credentials.
      await expect(issued).toBeHidden()
      // Undo gives the demo scenario back for the next paste.
      await page.getByRole('navigation').getByRole('button', { name: 'Undo' }).click()
      await expect(issued).toBeVisible()
    })
  }
})

test('a whole terminal session: every piece detected, nothing missing, the verdict names the cause', async ({
  page,
}) => {
  await openApp(page)
  const dialog = await openImport(page)
  const missing = dialog.getByRole('region', { name: /Still missing/ })
  await expect(missing).toContainText(
    'kubectl create token <service-account> -n <namespace> --audience sts.amazonaws.com',
  )
  const session = [
    '$ kubectl create token uploader -n photos --audience sts.amazonaws.com',
    s.fakeToken(),
    '$ kubectl get sa uploader -n photos -o yaml',
    s.SA_YAML,
    '$ kubectl get pod uploader-7d9f8b6c5-x2k4q -n photos -o yaml',
    s.POD_YAML,
    '$ aws eks describe-cluster --name photos-prod',
    s.DESCRIBE_CLUSTER,
    `$ curl -s ${s.ISSUER}/keys`,
    s.JWKS,
    `$ aws iam get-open-id-connect-provider --open-id-connect-provider-arn ${s.PROVIDER_ARN}`,
    s.GET_PROVIDER,
    '$ aws iam get-role --role-name photo-uploader',
    s.GET_ROLE,
    '$ aws iam get-role-policy --role-name photo-uploader --policy-name put-photos',
    s.GET_ROLE_POLICY,
  ].join('\n')
  await dialog.getByLabel('Tool output').fill(session)
  await expect(dialog.getByRole('list', { name: 'Detected' }).getByRole('listitem')).toHaveCount(8)
  await dialog.getByRole('button', { name: 'Apply to the scenario' }).click()
  await expect(missing).toContainText('Every piece is here')
  await page.keyboard.press('Escape')
  // The pasted token's signature is not the cluster key's: STS says so, verbatim.
  await expect(page.getByTestId('sts-error')).toContainText('InvalidIdentityToken')
})

test('what is still missing comes with the names already known, and copies', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page)
  const dialog = await openImport(page)
  await dialog.getByLabel('Tool output').fill(`${s.fakeToken()}\n${s.SA_YAML}`)
  await dialog.getByRole('button', { name: 'Apply to the scenario' }).click()
  const command = 'aws iam get-role --role-name photo-uploader'
  await expect(dialog.getByText(command, { exact: true })).toBeVisible()
  await dialog.getByRole('button', { name: `Copy: ${command}` }).click()
  await expect(dialog.getByText('Copied.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command)
  await page.setViewportSize({ width: 1440, height: 900 })
  await dialog.getByLabel('Tool output').fill(`${s.LIST_PROVIDERS}\n${s.GET_ROLE}\nhello`)
  await page.screenshot({ path: 'screenshots/import-desktop.png' })
})

test('export: commands with the role ARN and the trust policy, Terraform, copy; screenshots in the dark theme and on a phone', async ({
  page,
  context,
}) => {
  // The export, then its screenshots in two themes and two sizes: a hang guard for the lot.
  test.setTimeout(240_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page)
  await page.getByRole('button', { name: 'Export' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the scenario' })
  await dialog.getByRole('tab', { name: 'Commands' }).click()
  const annotate = code(dialog, 'Annotate the ServiceAccount with the role')
  await expect(annotate).toHaveText(
    `kubectl annotate serviceaccount --namespace=example --overwrite -- example-sa eks.amazonaws.com/role-arn=${DEMO_ROLE_ARN}`,
  )
  const role = code(dialog, 'Create the role with its trust policy')
  await expect(role).toContainText("cat > trust-policy.json <<'EOF'")
  await expect(role).toContainText('"system:serviceaccount:example:example-sa"')
  await expect(role).toContainText('--assume-role-policy-document=file://trust-policy.json')
  await expect(
    code(dialog, 'What the SDK does in the pod: AssumeRoleWithWebIdentity'),
  ).toContainText(`--role-arn=${DEMO_ROLE_ARN}`)
  await dialog.getByRole('button', { name: 'Copy: Copy all commands' }).click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain(
    '# Register the cluster as an IAM OIDC provider\naws iam create-open-id-connect-provider',
  )
  expect(copied).toContain('eksctl create iamserviceaccount')
  // Arrow keys move between tabs.
  await dialog.getByRole('tab', { name: 'Commands' }).press('ArrowRight')
  await expect(dialog.getByRole('tab', { name: 'Terraform' })).toBeFocused()
  const hcl = dialog.locator('pre[aria-label="Terraform"]')
  await expect(hcl).toContainText('data "aws_iam_policy_document" "example-role_trust"')
  await expect(hcl).toContainText(
    'variable = "oidc.eks.ap-northeast-2.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90:sub"',
  )
  await expect(hcl).toContainText(
    'assume_role_policy   = data.aws_iam_policy_document.example-role_trust.json',
  )
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download main.tf' }).click()
  expect((await download).suggestedFilename()).toBe('main.tf')
  expect((await axe(page).include('dialog[open]').analyze()).violations).toEqual([])

  // The same page, still on the demo scenario (the export only reads it), in the dark theme and
  // then on a phone.
  await test.step('screenshots: dark theme and phone', async () => {
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog', { name: 'Export the scenario' })).toBeHidden()
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.getByRole('button', { name: 'Export' }).click()
    await page.getByRole('tab', { name: 'Terraform' }).click()
    await page.screenshot({ path: 'screenshots/export-dark.png' })
    await page.keyboard.press('Escape')
    const dialog = await openImport(page)
    await dialog.getByLabel('Tool output').fill(s.GET_ROLE_ENCODED)
    await page.screenshot({ path: 'screenshots/import-dark.png' })
    await page.keyboard.press('Escape')
    await page.emulateMedia({ colorScheme: 'light' })
    await page.setViewportSize({ width: 390, height: 844 })
    await openImport(page)
    await dialog.getByLabel('Tool output').fill(`${s.fakeToken()}\n${s.GET_PROVIDER}`)
    await page.screenshot({ path: 'screenshots/import-phone.png' })
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Export' }).click()
    await page.getByRole('tab', { name: 'Commands' }).click()
    await page.screenshot({ path: 'screenshots/export-phone.png' })
    // Nothing in the open dialog reaches past the phone's width.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('dialog[open], dialog[open] *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .map((e) => e.outerHTML.slice(0, 80)),
    )
    expect(overflowing).toEqual([])
  })
})

test('the scenario file downloads, opens back after confirmation, and garbage is refused', async ({
  page,
}) => {
  await openApp(page)
  const exportButton = page.getByRole('button', { name: 'Export' })
  await exportButton.click()
  const dialog = page.getByRole('dialog', { name: 'Export the scenario' })
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download scenario JSON' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('irsa-lab-example-role.json')
  const file = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'))
  expect(file.irsaLab).toBe(1)
  expect(file.draft.roleName).toBe('example-role')

  const upload = dialog.getByLabel('Open a scenario file')
  await upload.setInputFiles({
    name: 'junk.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"Role": 1}'),
  })
  await expect(dialog.getByRole('alert')).toHaveText('This is not an IRSA Lab scenario file.')

  file.draft.roleName = 'another-role'
  await upload.setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  })
  await expect(dialog).toContainText('File mine.json: role another-role in account 123456789012')
  await dialog.getByRole('button', { name: 'Replace the current scenario' }).click()
  await expect(dialog.getByText('Loaded mine.json.')).toBeVisible()
  await dialog.getByRole('tab', { name: 'Commands' }).click()
  await expect(code(dialog, 'Create the role with its trust policy')).toContainText(
    '--role-name=another-role',
  )
  await page.keyboard.press('Escape')
  await expect(exportButton).toBeFocused()
  // The annotation still names example-role, which this account no longer has.
  await expect(
    page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
  ).toBeHidden()
})
