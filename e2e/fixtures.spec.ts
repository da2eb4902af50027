import { expect, test } from './fixtures'

/**
 * The guard every test runs under (e2e/fixtures.ts, `offOrigin`) fires: a request to another
 * origin that the app's CSP refuses before it is sent is recorded from the page's report, and one
 * the CSP does not cover is recorded as a request. The embed view: the lightest page of the app,
 * served with the same CSP.
 */
test('the off-origin guard records what the CSP refuses and what leaves without it', async ({
  page,
  offOrigin,
}) => {
  await page.goto('/?view=embed')
  await expect(page.locator('main, [role=main]').first()).toBeVisible()
  // The app's CSP (connect-src 'self', img-src 'self' data: blob:) refuses both before sending.
  const refused = await page.evaluate(async () => {
    const image = new Image()
    image.src = 'https://example.org/pixel.png'
    return fetch('https://example.com/').then(
      () => 'sent',
      () => 'refused',
    )
  })
  expect(refused).toBe('refused')
  await expect
    .poll(() => [...offOrigin].sort())
    .toEqual(['https://example.com', 'https://example.org'].map((o) => expect.stringContaining(o)))
  // A page without the app's CSP: the request itself is recorded (.invalid never resolves).
  offOrigin.length = 0
  await page.goto('about:blank')
  await page.evaluate(() => fetch('http://example.invalid/beacon').catch(() => undefined))
  await expect.poll(() => offOrigin).toEqual(['http://example.invalid/beacon'])
  // Both were expected here: the guard's own check at the end of the test sees none.
  offOrigin.length = 0
})
