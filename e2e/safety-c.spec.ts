/**
 * Trust and safety (issue #15), continued from the user's side: the scenario file warns like the
 * share link, and a tab open during a deploy is offered the new version.
 */
import { readFile } from 'node:fs/promises'
import lzString from 'lz-string'
import { expect as baseExpect, test } from './fixtures'

const expect = baseExpect.configure({ timeout: 30_000 })
test.setTimeout(120_000)

// A token pasted from a real cluster (not signed here): a colleague shared it in a link, with
// consent. Its kid matches no demo key, so the app treats it as real.
const REAL_TOKEN =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6InJlYWwta2lkIn0.eyJpc3MiOiJodHRwczovL2V4YW1wbGUuY29tIiwic3ViIjoieCJ9.c2lnbmF0dXJl'
const LINK_WITH_REAL_TOKEN = `/#s=${lzString.compressToEncodedURIComponent(
  JSON.stringify({ v: 1, p: 'happy-path', d: {}, t: REAL_TOKEN }),
)}`

test('the scenario file with a real token: what it holds is listed; the signature stays out unless included', async ({
  page,
}) => {
  await page.goto(LINK_WITH_REAL_TOKEN)
  await expect(page.getByTestId('verdict')).toBeVisible()
  await page.getByRole('button', { name: 'Export' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the scenario' })
  const privacy = dialog.getByTestId('file-privacy')
  await expect(privacy).toContainText('This scenario holds a real token')
  const contents = dialog.getByTestId('file-contents')
  await expect(contents).toContainText('without its signature')
  await page.screenshot({ path: '/tmp/safety-c/file-export-real-token.png' })

  const download = async () => {
    const downloading = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Download scenario JSON' }).click()
    const file = await downloading
    return JSON.parse(await readFile((await file.path()) ?? '', 'utf8')) as {
      draft: { token: string }
    }
  }
  const [header, payload] = REAL_TOKEN.split('.')
  expect((await download()).draft.token).toBe(`${header}.${payload}.`)

  await privacy.getByLabel('Include the real token and pod values as they are').check()
  await expect(contents).toContainText('The real token, as it is')
  expect((await download()).draft.token).toBe(REAL_TOKEN)
})

test('a tab open during a deploy is offered the new version, and takes it on the user’s word', async ({
  browser,
}) => {
  // The offline worker is what this journey is about (the config blocks it elsewhere).
  const context = await browser.newContext({ serviceWorkers: 'allow' })
  const page = await context.newPage()
  const origin = `http://127.0.0.1:${process.env.E2E_SUBPATH_PORT ?? 4174}`
  const base = `${origin}/irsa-lab/`
  await page.goto(base)
  await expect(page.getByTestId('verdict')).toBeVisible()
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await page.reload()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  await expect(page.getByTestId('update-notice')).toHaveCount(0)

  // A new build is deployed; the open tab looks for it (as it does hourly) and finds it.
  const deployed = await page.request.post(`${origin}/__deploy`)
  expect(deployed.ok()).toBe(true)
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()))
  const notice = page.getByTestId('update-notice')
  await expect(notice).toContainText('A new version of IRSA Lab is ready')
  // The old version still serves this tab: nothing was taken without asking.
  expect(
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting)),
  ).toBe(true)
  await page.screenshot({ path: '/tmp/safety-c/update-notice.png' })

  await notice.getByRole('button', { name: 'Reload to update' }).click()
  await page.waitForURL(base)
  await expect(page.getByTestId('verdict')).toBeVisible()
  await expect(page.getByTestId('update-notice')).toHaveCount(0)
  await expect
    .poll(() =>
      page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting)),
    )
    .toBe(false)
  await context.close()
})
