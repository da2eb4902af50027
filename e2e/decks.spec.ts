import type { Page } from '@playwright/test'
import lzString from 'lz-string'
import { expect, test } from './fixtures'

// A hang guard: a cold dev server on a shared machine takes long to serve the first page.
test.describe.configure({ timeout: 360_000, mode: 'parallel' })

const SHOTS = '/tmp/decks-follow'

/** A deck link's value, packed as the app packs it (src/scenarios/share/deck.ts, version 1). */
const pack = (deck: unknown) => lzString.compressToEncodedURIComponent(JSON.stringify(deck))

const DECK = {
  v: 1,
  t: 'IRSA in 20 minutes',
  m: 20,
  e: [
    { f: 'p=happy-path', n: 'Start with what works.' },
    { f: 'p=wrong-namespace', q: 1 },
    { f: 'p=string-equals-wildcard', t: 'A literal asterisk' },
  ],
}

const TITLES = [
  'The blog post: example-sa uploads a photo',
  'Wrong namespace',
  'A literal asterisk',
]

/** Nothing on the stage scrolls and every control is on screen (the stage spec checks sizes). */
async function onScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    for (const control of document.querySelectorAll('[data-testid="stage"] button')) {
      const r = control.getBoundingClientRect()
      if (r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5)
        problems.push(`off screen: ${control.getAttribute('aria-label') ?? control.textContent}`)
    }
    const root = document.documentElement
    if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth)
      problems.push(`scrolls: ${root.scrollWidth}×${root.scrollHeight}`)
    return problems
  })
}

test('a three-scenario deck from one link: stage and presenter follow each other through cards, scenarios and steps; a phone follows from the QR code', async ({
  page,
  context,
}) => {
  const monaco: string[] = []
  context.on('request', (r) => {
    if (/monaco/i.test(r.url())) monaco.push(r.url())
  })
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(`/?view=present#deck=${pack(DECK)}&d=0&p=happy-path`)
  const stage = page.getByTestId('stage')
  await expect(stage).toBeVisible({ timeout: 60_000 })

  // The first scenario's title card, with its verdict.
  await expect(page.getByTestId('stage-title')).toHaveText(TITLES[0]!)
  await expect(page.getByTestId('deck-card-title')).toHaveText(TITLES[0]!)
  await expect(page.getByTestId('deck-verdict')).toHaveText('Credentials issued')
  await expect(page.getByTestId('deck-position')).toHaveText('1 / 3')
  // The corner QR code is on this scenario and step, and says that phones cannot reach 127.0.0.1.
  const qr = page.getByTestId('follow-qr')
  await expect(qr).toHaveAttribute('data-follow-url', /\?view=follow&step=0#p=happy-path$/)
  await expect(page.getByTestId('follow-qr-warning')).toContainText('127.0.0.1')
  await expect(page.getByTestId('follow-qr-warning')).toBeVisible()
  expect(await onScreen(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/deck-card-1280.png` })

  // The presenter's window (P), on the same deck: notes from the link, the countdown.
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')])
  await expect(presenter).toHaveURL(/view=presenter/)
  await expect(presenter.getByTestId('presenter-card')).toContainText(TITLES[0]!, {
    timeout: 60_000,
  })
  await expect(presenter.getByTestId('deck-notes')).toHaveValue('Start with what works.')
  await expect(presenter.getByTestId('deck-countdown')).toHaveText(/^(20:00|19:5\d)$/)

  // The clicker in the presenter's window: the card goes, the flow starts, on both screens.
  await presenter.keyboard.press('PageDown')
  await expect(stage).toHaveAttribute('data-deck-card', 'false')
  await expect(page.getByTestId('flow-narration')).toBeVisible()
  await presenter.keyboard.press('PageDown')
  await expect(presenter.getByTestId('presenter-current')).not.toHaveText('')
  await expect(page).toHaveURL(/[?&]step=1(&|#)/)
  await expect(qr).toHaveAttribute('data-follow-url', /step=1#p=happy-path$/)

  // A phone (same browser) opens the follow view from the QR code's address: it lands on the step.
  const followUrl = (await qr.getAttribute('data-follow-url'))!
  const phone = await context.newPage()
  await phone.setViewportSize({ width: 390, height: 844 })
  await phone.goto(followUrl)
  const card = phone.getByTestId('follow-card')
  await expect(card).toBeVisible({ timeout: 60_000 })
  await expect(card).toHaveAttribute('data-step', '1')
  await expect(phone.getByTestId('follow-title')).toHaveText(TITLES[0]!)
  await expect(phone.getByTestId('follow-position')).toContainText('Step 2 of')
  await phone.screenshot({ path: `${SHOTS}/follow-390.png`, fullPage: true })

  // The stage moves on: the phone follows.
  await page.keyboard.press('ArrowRight')
  await expect(card).toHaveAttribute('data-step', '2')
  // Swiping the card (leftwards) turns it on the phone only; the buttons too.
  const box = (await card.boundingBox())!
  await phone.mouse.move(box.x + box.width * 0.8, box.y + 60)
  await phone.mouse.down()
  await phone.mouse.move(box.x + box.width * 0.2, box.y + 70, { steps: 5 })
  await phone.mouse.up()
  await expect(card).toHaveAttribute('data-step', '3')
  await phone.getByRole('button', { name: 'Previous step' }).click()
  await expect(card).toHaveAttribute('data-step', '2')
  await expect(page).toHaveURL(/[?&]step=2(&|#)/)

  // Switching scenario on the stage moves the presenter's window and the phone to it.
  await page.getByRole('button', { name: 'Next scenario' }).click()
  await expect(page.getByTestId('stage-title')).toHaveText(TITLES[1]!)
  await expect(presenter.getByTestId('presenter-scenario')).toHaveText(TITLES[1]!)
  await expect(phone.getByTestId('follow-title')).toHaveText(TITLES[1]!)
  await expect(card).toHaveAttribute('data-step', '0')
  await expect(qr).toHaveAttribute('data-follow-url', /step=0#p=wrong-namespace$/)
  await expect(page).toHaveURL(/#deck=.*&d=1&p=wrong-namespace$/)

  // Predict: the verdict stays hidden until the speaker reveals it (PageDown in the presenter).
  await expect(page.getByTestId('deck-predict')).toBeVisible()
  await expect(page.getByTestId('deck-verdict')).toHaveCount(0)
  await expect(page.getByTestId('deck-card')).not.toContainText('production')
  await presenter.keyboard.press('PageDown')
  await expect(page.getByTestId('deck-verdict')).toHaveText('Refused: AccessDenied')
  await expect(stage).toHaveAttribute('data-deck-card', 'true')

  // The speaker's notes are edited in the presenter's window and travel in its link.
  const before = presenter.url()
  await presenter.getByTestId('deck-notes').fill('Ask who runs in production.')
  await expect.poll(() => presenter.url()).not.toBe(before)
  const edited = new URLSearchParams(new URL(presenter.url()).hash.slice(1)).get('deck')!
  const notes = JSON.parse(lzString.decompressFromEncodedURIComponent(edited.replace(/ /g, '+')))
  expect(notes.e[1].n).toBe('Ask who runs in production.')

  // B blanks the stage from either window (not while typing notes); . brings it back.
  await presenter.getByTestId('deck-notes').blur()
  await presenter.keyboard.press('b')
  await expect(page.getByTestId('stage-blank')).toBeVisible()
  await page.keyboard.press('.')
  await expect(page.getByTestId('stage-blank')).toHaveCount(0)

  // The presenter's list jumps to the third scenario: its own title, on both screens.
  await presenter
    .getByTestId('presenter-deck-list')
    .getByRole('button', { name: TITLES[2] })
    .click()
  await expect(page.getByTestId('stage-title')).toHaveText(TITLES[2]!)
  await expect(page.getByTestId('deck-position')).toHaveText('3 / 3')
  // The phone has no deck: it names the scenario by its gallery title.
  await expect(phone.getByTestId('follow-title')).toHaveText('StringEquals with a wildcard')
  // Back from a title card: the previous scenario at its last step (where its chain stops).
  await page.keyboard.press('PageUp')
  await expect(page.getByTestId('stage-title')).toHaveText(TITLES[1]!)
  await expect(page.getByTestId('flow-stop')).toBeVisible()
  await expect(presenter.getByTestId('presenter-scenario')).toHaveText(TITLES[1]!)
  await expect(presenter.getByTestId('presenter-next')).toHaveText('The end of the flow.')
  expect(await onScreen(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/deck-stop-1280.png` })
  await page.setViewportSize({ width: 1920, height: 1080 })
  await expect.poll(() => onScreen(page)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/deck-stop-1920.png` })
  await presenter.setViewportSize({ width: 1280, height: 800 })
  await presenter.screenshot({ path: `${SHOTS}/presenter-1280.png`, fullPage: true })

  // None of these views wrote the user's autosave, and none loaded the editor.
  expect(await phone.evaluate(() => localStorage.getItem('irsa-lab'))).toBeNull()
  expect(monaco).toEqual([])
})

test('the playground builds a deck from the current scenario; the embed names its scenario, narrates the step and links back; a broken deck link is a notice, not a blank page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/#p=wrong-namespace')
  await page.getByTestId('open-deck-builder').click({ timeout: 60_000 })
  const builder = page.getByRole('dialog', { name: 'Build a talk deck' })
  // The builder is a chunk of its own, loaded on the first click.
  await expect(builder).toBeVisible({ timeout: 60_000 })
  // The current scenario is first; a gallery scenario is added and moved before it.
  await builder.getByLabel('Add from the gallery').selectOption('happy-path')
  await builder.getByRole('button', { name: 'Add', exact: true }).click()
  const entries = builder.getByTestId('deck-builder-entry')
  await expect(entries).toHaveCount(2)
  await builder.getByRole('button', { name: /^Move up: The blog post/ }).click()
  await expect(entries.first()).toContainText('The blog post')
  await entries.nth(1).getByLabel('Speaker notes').fill('Who runs in production?')
  await entries.nth(1).getByLabel('Predict: hide the verdict until I reveal it').check()
  await builder.getByTestId('deck-minutes').fill('15')
  await expect(builder.getByTestId('deck-link')).toHaveValue(/deck=/, { timeout: 30_000 })
  const link = await builder.getByTestId('deck-link').inputValue()
  expect(link).toMatch(/\?view=present#deck=.+&d=0&p=happy-path$/)
  await page.screenshot({ path: `${SHOTS}/deck-builder-1280.png` })

  // The link opens the deck on the stage: the first card, then the current scenario, predicted.
  await page.goto(link)
  await expect(page.getByTestId('deck-card-title')).toHaveText(TITLES[0]!, { timeout: 60_000 })
  await expect(page.getByTestId('deck-position')).toHaveText('1 / 2')
  await page.getByRole('button', { name: 'Next scenario' }).click()
  await expect(page.getByTestId('deck-card-title')).toHaveText('Wrong namespace')
  await expect(page.getByTestId('deck-predict')).toBeVisible()

  await page.goto('/?view=embed&step=2#p=wrong-namespace')
  await expect(page.getByTestId('embed-title')).toHaveText('Wrong namespace', { timeout: 60_000 })
  await expect(page.getByTestId('flow-narration')).toBeVisible()
  const back = page.getByTestId('embed-back')
  await expect(back).toHaveAttribute('href', /\/\?step=2#p=wrong-namespace$/)
  await expect(back).toHaveAttribute('target', '_blank')
  await page.screenshot({ path: `${SHOTS}/embed-1280.png` })

  // A deck whose second scenario names nothing in the gallery: the notice says which, and the
  // stage shows a scenario anyway.
  const bad = pack({ v: 1, e: [{ f: 'p=happy-path' }, { f: 'p=no-such-thing' }] })
  await page.goto(`/?view=present#deck=${bad}`)
  await expect(page.getByTestId('deck-notice')).toContainText('scenario 2', { timeout: 60_000 })
  await expect(page.getByTestId('stage')).toBeVisible()
})
