import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * The facilitator's path (issue #17, part 5): the host picks and orders challenges for a set
 * link; the attendee sees only those, the check is silent until "Start this challenge", and a
 * solved challenge gives a proof-of-solve link; the host's wall verifies each pasted link with the
 * engine (solved, not solved, invalid), keeps them on this device and clears them.
 */
test.use({ viewport: { width: 1280, height: 720 } })

const SHOTS = process.env.FACILITATOR_SHOTS ?? 'screenshots'
const panel = (page: Page) => page.getByRole('region', { name: 'Workshop challenges' })
const status = (page: Page) => panel(page).getByTestId('challenge-status')

test('a host’s set link, an attendee’s proof of solve, and the host’s wall', async ({
  page: host,
  context,
}) => {
  // A hang guard for a loaded machine (each proof rebuilds a scenario with a fresh RSA key).
  test.setTimeout(300_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])

  // The host picks three challenges and orders them.
  await host.goto('/?view=wall')
  await expect(host.getByRole('heading', { name: 'Workshop wall', level: 1 })).toBeVisible({
    timeout: 20_000,
  })
  await expect(host.getByText('No proofs yet.')).toBeVisible()
  await host.getByText('Make a set link for your workshop').click()
  for (const title of ['Attacker: no :sub', 'Only payments', 'The pod moved to production'])
    await host.getByRole('checkbox', { name: title }).check()
  const order = host.getByRole('list', { name: 'Order in the link' })
  await expect(order.getByRole('listitem')).toHaveText([
    /Attacker: no :sub/,
    /Only payments/,
    /The pod moved to production/,
  ])
  // By keyboard: the moved challenge keeps the focus, and the move is announced.
  const up = order.getByRole('button', { name: 'Move “The pod moved to production” up' })
  await up.focus()
  await host.keyboard.press('Enter')
  await expect(up).toBeFocused()
  await host.keyboard.press('Enter')
  await expect(up).toBeFocused()
  await expect(host.getByRole('status').filter({ hasText: 'position 1 of 3' })).toHaveCount(1)
  await expect(order.getByRole('listitem')).toHaveText([
    /The pod moved to production/,
    /Attacker: no :sub/,
    /Only payments/,
  ])
  const setLink = await host.getByTestId('set-link').inputValue()
  expect(new URL(setLink).search).toBe(
    '?challenges=production-namespace,attack-no-sub,payments-only',
  )
  await host.screenshot({ path: `${SHOTS}/facilitator-picker-desktop.png` })

  // The attendee opens it (with an entry a hostile hand added): only the three, in order.
  const attendee = await context.newPage()
  await attendee.goto(`${setLink},not-a-challenge`)
  // (The playground's first load: a generous hang guard for a loaded machine.)
  await expect(panel(attendee)).toContainText('Your instructor’s set: 3 challenges', {
    timeout: 60_000,
  })
  await expect(attendee.getByTestId('set-notice')).toContainText(
    'Left out of this set (unknown or repeated entries): 1.',
  )
  await expect(
    panel(attendee).getByRole('list', { name: 'Challenges in this set' }).getByRole('listitem'),
  ).toHaveText([/The pod moved to production/, /Attacker: no :sub/, /Only payments/])

  // The check says nothing about the scenario on the page until the challenge is started.
  await expect(status(attendee)).toHaveText(/Not started/)
  await expect(panel(attendee).locator('.challenge__criteria')).toHaveCount(0)
  await panel(attendee).getByRole('button', { name: 'Start this challenge' }).click()
  await expect(status(attendee)).toHaveText(/Not solved yet/)
  await expect(panel(attendee).getByText('Proof of solve')).toHaveCount(0)

  // Solved (with the revealed solution); the proof link carries the attendee's name.
  for (const n of [1, 2, 3])
    await panel(attendee)
      .getByRole('button', { name: `Show hint ${n} of 3` })
      .click()
  await panel(attendee).getByRole('button', { name: 'Reveal the solution' }).click()
  await panel(attendee).getByRole('button', { name: 'Apply the solution (undoable)' }).click()
  await expect(status(attendee)).toHaveText(/Solved/)
  await panel(attendee)
    .getByRole('textbox', { name: 'Your name on the host’s wall (optional)' })
    .fill('Mina')
  await panel(attendee).getByRole('button', { name: 'Copy the proof link' }).click()
  await expect(panel(attendee).getByRole('status').filter({ hasText: 'Copied' })).toBeVisible()
  const proof = await attendee.evaluate(() => navigator.clipboard.readText())
  expect(proof).toMatch(/#proof=1&c=production-namespace&n=Mina&/)
  expect(proof).not.toContain('solved')
  await panel(attendee).getByRole('heading', { name: 'Proof of solve' }).scrollIntoViewIfNeeded()
  await attendee.screenshot({ path: `${SHOTS}/facilitator-proof-desktop.png` })

  // Forged: the same scenario claimed for another challenge; and a link that is no proof.
  const forged = proof.replace('c=production-namespace', 'c=payments-only')
  const garbage = `${new URL(setLink).origin}/#proof=1&c=<script>&s=%%%`

  // The host pastes all three at once, one per line.
  await host.bringToFront()
  await host
    .getByRole('textbox', { name: 'Proof links, one per line' })
    .fill([proof, forged, '', garbage, proof].join('\n'))
  await host.getByRole('button', { name: 'Add to the wall' }).click()
  await expect(host.getByText('Added to the wall: 3. Already there: 1.')).toBeVisible()
  const rows = host.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(4) // the header and three proofs
  await expect(host.getByRole('table')).toHaveAccessibleName(
    'Proofs: 1 solved, 1 not solved, 1 invalid, 0 being checked',
    { timeout: 60_000 },
  )
  await expect(rows.nth(1)).toContainText('Mina')
  await expect(rows.nth(1)).toContainText('The pod moved to production')
  await expect(rows.nth(1)).toContainText('Solved (verified)')
  await expect(rows.nth(2)).toContainText('Only payments')
  await expect(rows.nth(2)).toContainText('Not solved')
  await expect(rows.nth(2)).toContainText('The token comes from namespace payments')
  await expect(rows.nth(3)).toContainText('No name')
  await expect(rows.nth(3)).toContainText('Invalid link')
  await expect(rows.nth(3)).toContainText('Names no challenge this IRSA Lab knows')
  await expect(host.getByRole('list').filter({ hasText: '1 solved' })).toContainText(
    'The pod moved to production',
  )
  await host.screenshot({ path: `${SHOTS}/facilitator-wall-desktop.png`, fullPage: true })

  // A phone: the wall and the proof fit 390 px.
  for (const p of [host, attendee]) await p.setViewportSize({ width: 390, height: 844 })
  const wide = await host.evaluate(() =>
    [...document.querySelectorAll('.wall *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .map((e) => e.className || e.tagName),
  )
  expect(wide).toEqual([])
  await host.screenshot({ path: `${SHOTS}/facilitator-wall-phone.png`, fullPage: true })
  await panel(attendee).getByRole('heading', { name: 'Proof of solve' }).scrollIntoViewIfNeeded()
  await attendee.screenshot({ path: `${SHOTS}/facilitator-proof-phone.png` })

  // Kept on this device only, verified again after a reload, and clearable.
  await host.reload()
  await expect(host.getByRole('table')).toHaveAccessibleName(
    'Proofs: 1 solved, 1 not solved, 1 invalid, 0 being checked',
    { timeout: 60_000 },
  )
  await host.getByRole('button', { name: 'Clear the wall' }).click()
  await host.getByRole('button', { name: 'Clear', exact: true }).click()
  await expect(host.getByText('No proofs yet.')).toBeVisible()
  expect(
    await host.evaluate(() => JSON.parse(localStorage.getItem('irsa-lab.wall') ?? '{}').state),
  ).toEqual({ links: [] })
})
