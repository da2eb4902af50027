import { expect, test } from './fixtures'

/** The sub-path server (playwright.config.ts starts it with the build). */
const SUBPATH = `http://127.0.0.1:${process.env.E2E_SUBPATH_PORT ?? 4174}/irsa-lab/`

// Runs against the build (the sub-path server serves dist/), as `npm test` does.
test('the built site works under a sub-path, Monaco and workers included', async ({ page }) => {
  await page.goto(SUBPATH)
  await expect(
    page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
  ).toBeVisible()
  await page.getByRole('tab', { name: /Trust policy/ }).click()
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 30_000 })
  await page.goto(`${SUBPATH}#p=expired-token`)
  await expect(page.getByTestId('sts-error')).toContainText('ExpiredTokenException')
})

test('after the first visit it works offline (conference Wi-Fi)', async ({ browser }) => {
  // Three reloads, a language and a view: a generous hang guard, not a speed check (90 s ran out
  // beside a CPU-heavy process).
  test.setTimeout(240_000)
  // The offline worker is what this journey is about (the config blocks it elsewhere).
  const context = await browser.newContext({ serviceWorkers: 'allow' })
  const page = await context.newPage()
  await page.goto('/')
  await expect(
    page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
  ).toBeVisible()
  await page.getByRole('tab', { name: /Trust policy/ }).click()
  await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 30_000 })
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  // The worker controls the page after a reload; from then on every asset is cached.
  await page.reload()
  await expect(page.getByTestId('verdict')).toBeVisible()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)

  await context.setOffline(true)
  await page.reload()
  await expect(
    page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
  ).toBeVisible()
  await page.goto('/#p=wrong-namespace')
  await expect(page.getByTestId('sts-error')).toContainText('AccessDenied')
  await page.getByRole('tab', { name: /Trust policy/ }).click()
  await expect(page.locator('.monaco-editor').first()).toBeVisible()

  // Views and a language never opened online: the worker cached every file of the build.
  await page.getByLabel('Language').selectOption('ko')
  await expect(
    page.getByTestId('verdict').getByRole('heading', { name: 'STS가 거부함' }),
  ).toBeVisible()
  await expect(page.getByRole('tab', { name: /신뢰 정책/ })).toBeVisible()
  await page.goto('/?view=present')
  // The stage's title names the scenario, in Korean.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '블로그 글: example-sa가 사진을 올린다',
  )
  await context.close()
})
