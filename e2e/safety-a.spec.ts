/**
 * Trust and safety (issue #15), from the user's side: exports that cannot be turned into options
 * (run in a real bash with stubbed aws/kubectl/eksctl that record their argv), invisible characters
 * as findings, the CSP and Trusted Types with no violation on the default journey, and a keyboard
 * that is never trapped (Tab passes through every editor, a skip link, a one-stop clock field).
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { editors, pasteIntoEditor } from './editing'
import { expect, test } from './fixtures'

test.use({ viewport: { width: 1440, height: 900 } })
// A generous hang guard: Monaco and its workers load slowly on a busy machine.
test.describe.configure({ timeout: 120_000 })
// Each test opens its own page: they may run on both workers at once.
test.describe.configure({ mode: 'parallel' })

const SHOTS = '/tmp/safety-a'

const tab = (page: Page, name: string) =>
  editors(page).getByRole('tablist', { name: 'Scenario inputs' }).getByRole('tab', { name })

/** CSP and Trusted Types violations, recorded from the first script on. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] }
    w.__violations = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    )
  })
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)

async function openPlayground(page: Page) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await expect(
    page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
  ).toBeVisible({ timeout: 20_000 })
  await expect(editors(page).locator('.monaco-editor').first()).toBeVisible({ timeout: 60_000 })
}

test('CSP and Trusted Types: headers for hosts, and no violation with Monaco, its workers and the export; exports that never become options in bash; an invisible character is a finding', async ({
  page,
  request,
}) => {
  const consoleErrors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' && /Trusted Type|Content Security Policy/i.test(m.text()))
      consoleErrors.push(m.text())
  })
  // Three journeys on one page: a hang guard for the lot.
  test.setTimeout(240_000)
  await recordViolations(page)
  await openPlayground(page)
  // The JSON worker validates the trust policy (a schema error becomes a Monaco marker).
  await tab(page, 'Trust policy').click()
  await expect(editors(page).locator('.view-lines').first()).toContainText('Statement')
  await page.getByRole('button', { name: 'Export' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the scenario' })
  await dialog.getByRole('tab', { name: 'Commands' }).click()
  await expect(dialog.locator('pre').first()).toBeVisible()
  await page.keyboard.press('Escape')
  expect(await violations(page)).toEqual([])
  expect(consoleErrors).toEqual([])

  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
    .catch(() => null)
  // The built site (CI): the meta CSP is trimmed and enforces Trusted Types; the headers for hosts
  // are served by `vite preview` (the Vite dev server, which injects inline scripts, has neither).
  if (meta !== null) {
    expect(meta).toContain("require-trusted-types-for 'script'")
    expect(meta).toContain('trusted-types irsa-lab monaco')
    expect(meta).not.toMatch(/worker-src[^;]*blob:/)
    expect(meta).not.toMatch(/font-src[^;]*data:/)
    const page_ = await request.get('./')
    expect(page_.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(page_.headers()['x-content-type-options']).toBe('nosniff')
    expect(page_.headers()['referrer-policy']).toBe('no-referrer')
    expect(page_.headers()['permissions-policy']).toContain('camera=()')
    const embed = await request.get('./embed.html')
    expect(embed.ok()).toBe(true)
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *')
    for (const file of ['_headers', 'vercel.json', 'nginx-security-headers.conf'])
      expect(await (await request.get(`./${file}`)).text()).toContain('frame-ancestors')
    // Trusted Types are enforced: a raw string into innerHTML is refused.
    const sink = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>'
        return 'allowed'
      } catch {
        return 'refused'
      }
    })
    expect(sink).toBe('refused')
  }

  // The same page goes on (what follows needs no fresh load: it edits the scenario in the app).
  await test.step('exports: crafted values never become options when the commands run in bash', async () => {
    await tab(page, 'Role & call').click()
    const roleName = editors(page).getByLabel('Role name')
    const open = async () => {
      await page.getByRole('button', { name: 'Export' }).click()
      const dialog = page.getByRole('dialog', { name: 'Export the scenario' })
      await dialog.getByRole('tab', { name: 'Commands' }).click()
      return dialog
    }
    const copyAll = async () => {
      const dialog = await open()
      await dialog.getByRole('button', { name: 'Copy: Copy all commands' }).click()
      const script = await page.evaluate(() => navigator.clipboard.readText())
      await page.keyboard.press('Escape')
      return { dialog, script }
    }

    // An option-like role name: its commands are not printed, and the dialog says why.
    await roleName.fill('--endpoint-url=http://127.0.0.1:4999')
    let { script } = await copyAll()
    const dialog = await open()
    await expect(dialog.getByTestId('export-refusal').first()).toContainText(
      'The role name starts with “-”: a command would take it as an option.',
    )
    await page.screenshot({ path: `${SHOTS}/export-refused.png` })
    await page.keyboard.press('Escape')
    let runs = runInBash(script)
    expect(runs.map((argv) => argv[0])).toContain('kubectl')
    for (const argv of runs)
      expect(argv.filter((word) => word.startsWith('--endpoint-url'))).toEqual([])

    // A crafted name that may be printed: it reaches the CLI as one value bound to --role-name.
    await roleName.fill('x --endpoint-url=http://127.0.0.1:4999')
    ;({ script } = await copyAll())
    runs = runInBash(script)
    const createRole = runs.find((argv) => argv.slice(0, 3).join(' ') === 'aws iam create-role')
    expect(createRole).toContain('--role-name=x --endpoint-url=http://127.0.0.1:4999')
    for (const argv of runs)
      expect(argv.filter((word) => word.startsWith('--endpoint-url'))).toEqual([])
    const annotate = runs.find((argv) => argv[1] === 'annotate')
    expect(annotate?.slice(0, 6)).toEqual([
      'kubectl',
      'annotate',
      'serviceaccount',
      '--namespace=example',
      '--overwrite',
      '--',
    ])
  })

  await test.step('invisible characters: a zero-width space in the ServiceAccount name is a finding with its code point', async () => {
    await tab(page, 'ServiceAccount').click()
    await pasteIntoEditor(
      page,
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: example-sa\u200b\n  namespace: example\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/example-role\n',
      'ServiceAccount',
    )
    await expect(
      page.getByText(/Character 11 is an invisible zero-width character \(U\+200B\)/).first(),
    ).toBeVisible()
    // Marked in the editor, on the character itself.
    await expect(editors(page).locator('.squiggly-warning, .squiggly-error').first()).toBeVisible()
    await page.screenshot({ path: `${SHOTS}/invisible-finding.png` })
  })
})

test('keyboard: a skip link first, Tab passes through every editor without typing, the clock is one stop', async ({
  page,
}) => {
  await openPlayground(page)
  await page.locator('body').focus()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to the verdict' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/skip-link.png` })
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'Verdict' })).toBeFocused()
  expect(new URL(page.url()).hash).toBe('')

  await expect(editors(page)).toContainText('Tab moves the focus out of the editor.')
  for (const name of [
    'Token',
    'ServiceAccount',
    'Pod',
    'OIDC provider',
    'JWKS',
    'Trust policy',
    'Permission policy',
    'STS request',
  ]) {
    await tab(page, name).click()
    const lines = editors(page).getByTestId('code-editor').locator('.view-lines')
    await lines.click()
    const before = await lines.innerText()
    await page.keyboard.press('Tab')
    await expect
      .poll(
        () => page.evaluate(() => !!document.activeElement?.closest('[data-testid="code-editor"]')),
        {
          message: `Tab leaves the ${name} editor`,
        },
      )
      .toBe(false)
    expect(await lines.innerText(), `${name}: nothing typed`).toBe(before)
  }

  // Ctrl+M switches to inserting tabs, and the hint says so; Ctrl+M again switches back.
  await tab(page, 'Trust policy').click()
  await editors(page).locator('.monaco-editor .view-lines').first().click()
  await page.keyboard.press('Control+M')
  await expect(editors(page)).toContainText('Tab inserts spaces in the editor.')
  await page.keyboard.press('Control+M')
  await expect(editors(page)).toContainText('Tab moves the focus out of the editor.')

  const clock = page.getByRole('group', { name: 'Clock: the simulated instant' })
  await clock.getByLabel('Now (UTC)').focus()
  await page.keyboard.press('Tab')
  await expect(clock.getByRole('button', { name: 'Now', exact: true })).toBeFocused()
  // Typing a date-time: an incomplete one says the format, a complete one moves the clock.
  const input = clock.getByLabel('Now (UTC)')
  await input.fill('2026-11-29 12:0')
  await expect(input).toHaveAttribute('aria-invalid', 'true')
  await input.fill('2026-11-29T12:01:00')
  await expect(input).toHaveAttribute('aria-invalid', 'false')
  await page.screenshot({ path: `${SHOTS}/editors-keyboard.png` })
})

/** Bash with aws, kubectl and eksctl stubs on PATH that record their argv, one JSON line per run. */
function runInBash(script: string): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'irsa-export-'))
  const log = join(dir, 'argv.jsonl')
  for (const program of ['aws', 'kubectl', 'eksctl']) {
    const stub = join(dir, program)
    writeFileSync(
      stub,
      `#!/bin/bash\nprintf '%s' ${program} >> "$ARGV_LOG"\nfor a in "$@"; do printf '\\0%s' "$a" >> "$ARGV_LOG"; done\nprintf '\\n' >> "$ARGV_LOG"\n`,
    )
    chmodSync(stub, 0o755)
  }
  writeFileSync(log, '')
  execFileSync('bash', ['-e', '-c', script], {
    cwd: dir,
    env: { PATH: `${dir}:/usr/bin:/bin`, ARGV_LOG: log },
  })
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\0'))
}
