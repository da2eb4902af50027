import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openFragment } from './shared-b'

// A hang guard: a cold dev server on a shared machine takes long to serve the first page.
test.describe.configure({ timeout: 180_000, mode: 'parallel' })

/**
 * What a projector shows must be read from the back of the room and driven without a mouse hunt:
 * every text on the stage at least 24 physical pixels, no scrolling, every control on screen.
 * Physical pixels: CSS pixels × devicePixelRatio (at 200 % zoom, 12 CSS px are 24 on the screen).
 */
async function stageProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const dpr = window.devicePixelRatio
    const stage = document.querySelector('[data-testid="stage"]')
    if (!stage) return ['no stage']
    const visible = (el: Element) =>
      el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
      !el.closest('.visually-hidden, dialog')
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      const text = node.textContent?.trim()
      if (!el || !text || !visible(el)) continue
      let px = parseFloat(getComputedStyle(el).fontSize)
      if (el instanceof SVGGraphicsElement) px *= el.getScreenCTM()?.a ?? 1
      if (px * dpr < 23.5) problems.push(`${(px * dpr).toFixed(1)} px: ${text.slice(0, 40)}`)
    }
    for (const select of stage.querySelectorAll('select')) {
      const px = parseFloat(getComputedStyle(select).fontSize) * dpr
      if (px < 23.5) problems.push(`${px.toFixed(1)} px: the speed select`)
    }
    for (const control of stage.querySelectorAll('button, select, input')) {
      const r = control.getBoundingClientRect()
      if (r.top < 0 || r.left < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5)
        problems.push(`off screen: ${control.getAttribute('aria-label') ?? control.textContent}`)
    }
    const root = document.documentElement
    if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth)
      problems.push(`scrolls: ${root.scrollWidth}×${root.scrollHeight}`)
    const narration = stage.querySelector('.flow__narration')
    if (narration && narration.scrollHeight > narration.clientHeight + 1)
      problems.push('the narration is cut off')
    return problems
  })
}

/** Waits until the diagram took the stage's sizes (they follow a measurement). */
async function settled(page: Page) {
  await expect(page.getByTestId('stage')).toBeVisible()
  await expect
    .poll(async () => (await stageProblems(page)).filter((p) => p.includes('px')).length)
    .toBe(0)
}

/** Both digests of a failed signature, and the chain-stops box, on a stage that does not scroll. */
async function digestsOnScreen(page: Page) {
  for (const id of ['digest-computed', 'digest-signed', 'flow-stop'])
    await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 })
  await settled(page)
  expect(await stageProblems(page)).toEqual([])
}

// One stage page goes from scenario to scenario by its fragment (as a pasted link does): a page
// load per viewport, not per scenario.
test('the stage at 1280×720 and 1920×1080: 24 px text, no scrolling, controls on screen, even where the chain stops and where a tampered token stops; the check itself fails on small text and on controls off screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/?view=present&step=16#p=wrong-namespace')
  await expect(page.getByTestId('stage')).toBeVisible({ timeout: 30_000 })
  // The title names the scenario, and the link keeps it.
  await expect(page.getByTestId('stage-title')).toHaveText('Wrong namespace')
  await expect(page.getByTestId('flow-stop')).toBeVisible()
  await settled(page)
  expect(await stageProblems(page)).toEqual([])
  await expect(page).toHaveURL(/#p=wrong-namespace/)
  await page.screenshot({ path: '/tmp/stage/stage-1280-stop.png' })

  await page.setViewportSize({ width: 1920, height: 1080 })
  await settled(page)
  expect(await stageProblems(page)).toEqual([])
  await page.screenshot({ path: '/tmp/stage/stage-1920-stop.png' })

  // A step with compared values: the two :sub values, the first difference marked.
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.keyboard.press('PageUp')
  await page.keyboard.press('PageUp')
  await expect(page.getByTestId('flow-narration').getByTestId('value-diff')).toHaveText(['p', 'e'])
  await settled(page)
  expect(await stageProblems(page)).toEqual([])
  await page.screenshot({ path: '/tmp/stage/stage-1280-sub.png' })

  await test.step('a tampered token where the chain stops, at 1280×720: digests, box and controls on screen', async () => {
    await openFragment(page, 'p=tampered-payload&step=10')
    await expect(page.getByTestId('flow-stop')).toBeVisible({ timeout: 30_000 })
    await digestsOnScreen(page)
  })

  await test.step('the check itself fails on small text and on controls off screen', async () => {
    await openFragment(page, 'p=happy-path&step=0')
    await expect(page.getByTestId('stage-title')).toHaveText(
      'The blog post: example-sa uploads a photo',
    )
    await settled(page)
    await page.addStyleTag({
      content: '.present .flow__step-title { font-size: 10px !important }',
    })
    expect((await stageProblems(page)).join('\n')).toMatch(/px: /)
    await page.addStyleTag({ content: '.present__footer { position: fixed; top: 2000px }' })
    expect((await stageProblems(page)).join('\n')).toMatch(/off screen/)
  })
})

test('the stage at 200 % zoom on a 1280×720 projector', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 640, height: 360 },
    deviceScaleFactor: 2,
  })
  const page = await context.newPage()
  await page.goto('/?view=present&step=16#p=wrong-namespace')
  await expect(page.getByTestId('flow-stop')).toBeVisible({ timeout: 30_000 })
  await settled(page)
  expect(await stageProblems(page)).toEqual([])
  await page.screenshot({ path: '/tmp/stage/stage-1280-200pct.png' })
  // Where a tampered token stops: the box does not push the digests or the controls off screen.
  await openFragment(page, 'p=tampered-payload&step=10')
  await expect(page.getByTestId('digest-signed')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('flow-stop')).toBeVisible({ timeout: 30_000 })
  await digestsOnScreen(page)
  // The bytes spec's screenshot of this frame at 200 % (its other sizes are in e2e/bytes.spec.ts).
  await page.screenshot({ path: '/tmp/bytes/stage-tampered-stop-1280-200pct.png' })
  await context.close()
})

test('the playground opens the scenario in presentation mode, at its step; a tampered token: the signed digest and the computed one side by side, the differing bytes marked', async ({
  page,
}) => {
  await page.goto('/#p=expired-token')
  const present = page.getByTestId('open-present')
  await expect(present).toBeVisible({ timeout: 30_000 })
  // The link is made on demand: a click that nothing pointed at or focused before waits for it,
  // and so does Enter on the focused link
  const [clicked] = await Promise.all([
    page.context().waitForEvent('page'),
    present.dispatchEvent('click'),
  ])
  await expect(clicked).toHaveURL(/view=present.*#p=expired-token/)
  await clicked.close()
  await present.focus()
  const [entered] = await Promise.all([
    page.context().waitForEvent('page'),
    page.keyboard.press('Enter'),
  ])
  await expect(entered).toHaveURL(/view=present.*#p=expired-token/)
  await entered.close()
  const [tab] = await Promise.all([page.context().waitForEvent('page'), present.click()])
  await expect(tab).toHaveURL(/view=present.*#p=expired-token/)
  await expect(tab.getByTestId('stage-title')).toHaveText('Expired token', { timeout: 30_000 })
  await tab.setViewportSize({ width: 390, height: 844 })
  await tab.screenshot({ path: '/tmp/stage/stage-phone.png', fullPage: true })
  await tab.close()

  // The playground opens the tampered token at its signature step (as a pasted link does).
  await openFragment(page, 'p=tampered-payload&step=10')
  const bytes = page.getByTestId('signature-bytes')
  await expect(bytes).toBeVisible({ timeout: 30_000 })
  await expect(bytes).toContainText('SHA-256 of the signing input')
  const computed = bytes.getByTestId('digest-computed')
  const signed = bytes.getByTestId('digest-signed')
  // 32 bytes each, computed in this browser; the bytes that differ are marked on both.
  await expect(computed).toHaveText(/^([0-9a-f]{2} ){31}[0-9a-f]{2}$/)
  await expect(signed).toHaveText(/^([0-9a-f]{2} ){31}[0-9a-f]{2}$/)
  const marked = await computed.getByTestId('byte-diff').count()
  expect(marked).toBeGreaterThan(0)
  await expect(signed.getByTestId('byte-diff')).toHaveCount(marked)
  expect(await computed.textContent()).not.toBe(await signed.textContent())
  await expect(bytes).toContainText(/bytes? differs?: the token was changed after it was signed/)
  await bytes.screenshot({ path: '/tmp/stage/tampered-digests.png' })
})
