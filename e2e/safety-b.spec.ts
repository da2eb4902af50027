/**
 * Trust and safety (issue #15), from the user's side: privacy by default, never blank or stuck,
 * storage that degrades honestly, two tabs, a deploy under an open tab, forgetting everything.
 */
import type { Page } from '@playwright/test'
import lzString from 'lz-string'
import { draftField, editors } from './editing'
import { expect as baseExpect, test } from './fixtures'

// The editors and panels are lazy chunks: on a busy machine they take a while to come.
const expect = baseExpect.configure({ timeout: 30_000 })

// Several pages and reloads per journey on a shared 2-core machine: a generous hang guard.
test.setTimeout(240_000)
test.use({ viewport: { width: 1440, height: 900 } })

const verdict = (page: Page) => page.getByTestId('verdict')
const issued = (page: Page) => verdict(page).getByRole('heading', { name: 'Credentials issued' })
const notice = (page: Page) => page.getByTestId('notice')

async function openPlayground(page: Page, url = '/') {
  await page.goto(url)
  await expect(verdict(page)).toBeVisible({ timeout: 60_000 })
}

/** The role name, typed in the Role & call form (a plain input: quick and exact). */
async function roleNameInput(page: Page) {
  const tab = editors(page)
    .getByRole('tablist', { name: 'Scenario inputs' })
    .getByRole('tab', { name: 'Role & call' })
  // By keyboard (the tabs' own arrow-key pattern): a click waits for the page to settle, and
  // the editors keep it busy while Monaco loads on a cold dev server.
  if ((await tab.getAttribute('aria-selected', { timeout: 60_000 })) !== 'true') {
    await tab.focus()
    await page.keyboard.press('Enter')
  }
  await expect(tab).toHaveAttribute('aria-selected', 'true')
  return editors(page).getByLabel('Role name')
}

async function setRoleName(page: Page, name: string) {
  const input = await roleNameInput(page)
  await input.fill(name)
  await expect(input).toHaveValue(name)
}

// A link with every field wrong: an instant past the Date range, mistyped edits, a negative step.
const BAD_LINK = `#s=${lzString.compressToEncodedURIComponent(
  JSON.stringify({
    v: 1,
    p: 'happy-path',
    i: 1e20,
    d: { roleName: 5, now: '+275760-09-13T00:00:00Z', maxSessionDuration: 'x', call: 'y' },
    c: [],
    t: 7,
    s: -1,
  }),
)}`

test('a link and an autosave with every field wrong open with a notice; the previous work stays', async ({
  page,
}) => {
  await openPlayground(page)
  await setRoleName(page, 'my-work-role')
  await expect.poll(() => draftField(page, 'roleName')).toBe('my-work-role')

  // A 38-character link whose instant is beyond the Date range: refused at once, never stuck.
  const short = '#p=happy-path&i=99999999999999999999'
  expect(short.length).toBeLessThanOrEqual(38)
  await page.goto(`/${short}`)
  await expect(notice(page)).toContainText('This link could not be opened')
  await expect(notice(page)).toContainText('out of range')
  await expect(verdict(page)).toBeVisible()
  await expect(await roleNameInput(page)).toHaveValue('my-work-role')

  await page.goto(`/${BAD_LINK}`)
  await expect(notice(page)).toContainText('This link could not be opened')
  await expect(await roleNameInput(page)).toHaveValue('my-work-role')
  expect(await draftField(page, 'roleName')).toBe('my-work-role')

  // An autosave with every field wrong: kept aside untouched, the default scenario opens.
  const broken = {
    state: {
      draft: {
        token: 1,
        serviceAccount: [],
        pod: {},
        issuer: null,
        jwks: 2,
        oidcProviders: false,
        accountId: 3,
        roleName: 4,
        maxSessionDuration: 'long',
        trustPolicy: [],
        permissionPolicy: 5,
        request: 6,
        now: '+275760-09-13T00:00:00.000Z',
        call: 'nope',
      },
      theme: 'neon',
    },
    version: 2,
  }
  await page.evaluate((value) => localStorage.setItem('irsa-lab', JSON.stringify(value)), broken)
  await page.goto('/')
  await expect(issued(page)).toBeVisible({ timeout: 30_000 })
  await expect(notice(page)).toContainText('Your saved work could not be read')
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('irsa-lab.kept-aside')!))
  expect(kept.saved.draft).toEqual(broken.state.draft)

  // One mistyped field: the rest of the work opens, the notice names the field.
  await setRoleName(page, 'kept-role')
  await expect.poll(() => draftField(page, 'roleName')).toBe('kept-role')
  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('irsa-lab')!)
    saved.state.draft.maxSessionDuration = 'one hour'
    delete saved.state.draft.issuer
    localStorage.setItem('irsa-lab', JSON.stringify(saved))
  })
  await page.reload()
  await expect(verdict(page)).toBeVisible({ timeout: 30_000 })
  await expect(notice(page)).toContainText('maxSessionDuration')
  await expect(notice(page)).toContainText('issuer')
  await expect(await roleNameInput(page)).toHaveValue('kept-role')
})

test('storage that is full or blocked: a live verdict and a visible "not saved"', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  // Full storage: every write fails as a browser over its quota does.
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  await openPlayground(page)
  await expect(issued(page)).toBeVisible()
  await setRoleName(page, 'not-this-role')
  await expect(page.getByTestId('save-status')).toContainText('Not saved on this device')
  await expect(page.getByTestId('save-status')).toContainText('full')
  // The edit still reaches the simulation: the role does not exist, STS refuses.
  await expect(issued(page)).toBeHidden()
  await expect(page.getByTestId('sts-error')).toBeVisible()
  await page.screenshot({ path: '/tmp/safety-b/storage-full-desktop.png' })

  // Site data blocked: even touching localStorage throws.
  const blocked = await context.newPage()
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError')
      },
    })
  })
  await openPlayground(blocked)
  await expect(issued(blocked)).toBeVisible()
  await setRoleName(blocked, 'other-role')
  await expect(blocked.getByTestId('save-status')).toContainText('does not let the page store')
  await expect(blocked.getByTestId('sts-error')).toBeVisible()
  await context.close()
})

test('two tabs keep both edits, and never overwrite newer work silently', async ({ browser }) => {
  const context = await browser.newContext()
  const a = await context.newPage()
  const b = await context.newPage()
  await openPlayground(a)
  await openPlayground(b)

  await setRoleName(a, 'role-from-a')
  // Tab B takes A's newer work over, and says so.
  await expect(await roleNameInput(b)).toHaveValue('role-from-a')
  await expect(notice(b)).toContainText('Another tab changed this scenario')

  await b.getByLabel('AWS account ID').fill('111122223333')
  await expect(await roleNameInput(a)).toHaveValue('role-from-a')
  await expect(a.getByLabel('AWS account ID')).toHaveValue('111122223333')
  const saved = await a.evaluate(() => JSON.parse(localStorage.getItem('irsa-lab')!).state.draft)
  expect(saved.roleName).toBe('role-from-a')
  expect(saved.accountId).toBe('111122223333')
  await context.close()
})

test('an old tab after a rebuild offers the reload when a chunk is gone', async ({ page }) => {
  // The new build deleted the old timeline chunk: the request fails as it would after a deploy.
  await page.route(/TimelinePanel/, (route) => route.abort())
  await openPlayground(page)
  const boundary = page.getByTestId('error-boundary')
  await expect(boundary).toContainText('A new version is available — reload')
  // The rest of the page works: never blank.
  await expect(issued(page)).toBeVisible()
  await page.unroute(/TimelinePanel/)
  await boundary.getByRole('button', { name: 'A new version is available — reload' }).click()
  await expect(issued(page)).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('error-boundary')).toHaveCount(0)
})

test('privacy by default: a real token is not stored unless remembered; Forget everything', async ({
  page,
}) => {
  await openPlayground(page)
  const realToken =
    'eyJhbGciOiJSUzI1NiIsImtpZCI6InJlYWwta2lkIn0.eyJpc3MiOiJodHRwczovL2V4YW1wbGUuY29tIiwic3ViIjoieCJ9.c2lnbmF0dXJl'
  // A token pasted from a real cluster (not signed here): the page keeps it, the device does not.
  await page.evaluate(() => {
    localStorage.setItem('irsa-lab.tour', JSON.stringify({ current: 2, done: [], open: false }))
  })
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.evaluate((t) => navigator.clipboard.writeText(t), realToken)
  await expect(editors(page).locator('.monaco-editor').first()).toBeVisible({ timeout: 90_000 })
  await editors(page).locator('.monaco-editor .view-lines').first().click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('ControlOrMeta+V')
  await expect(issued(page)).toBeHidden()
  await expect.poll(() => draftField(page, 'token')).toBe('')

  const remember = page.getByLabel('Remember this scenario on this device')
  await remember.check()
  await expect.poll(() => draftField(page, 'token')).toBe(realToken)
  await remember.uncheck()
  await expect.poll(() => draftField(page, 'token')).toBe('')
  await page.reload()
  await expect(verdict(page)).toBeVisible({ timeout: 30_000 })
  await expect(notice(page)).toContainText('were not saved on this device')

  // Forget everything on this device: with confirmation, then every key of the app is gone.
  await setRoleName(page, 'forget-me-role')
  await page.getByRole('button', { name: 'Forget everything on this device' }).click()
  const dialog = page.getByRole('dialog', { name: 'Forget everything on this device?' })
  await expect(dialog).toBeVisible()
  await page.screenshot({ path: '/tmp/safety-b/forget-dialog-desktop.png' })
  await dialog.getByRole('button', { name: 'Forget everything' }).click()
  await expect(notice(page)).toContainText('Everything this app stored on this device was removed')
  await expect(issued(page)).toBeVisible()
  const keys = await page.evaluate(() => Object.keys(localStorage))
  expect(keys.filter((k) => k !== 'irsa-lab')).toEqual([])
  const saved = await page.evaluate(() => localStorage.getItem('irsa-lab') ?? '')
  expect(saved).not.toContain('forget-me-role')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
})
