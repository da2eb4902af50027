import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const verdict = (page: Page) => page.getByTestId('verdict')

async function openDefault(page: Page, path = '/') {
  await page.goto(path)
  await expect(verdict(page).getByRole('heading', { name: 'Credentials issued' })).toBeVisible()
}

/** The tour panel, named by the stop it shows. */
const stop = (page: Page, title: string | RegExp) => page.getByRole('dialog', { name: title })

async function press(page: Page, name: string | RegExp, scope = page.locator('body')) {
  const button = scope.getByRole('button', { name, exact: typeof name === 'string' })
  await button.focus()
  await page.keyboard.press('Enter')
}

test.use({ viewport: { width: 1440, height: 900 } })
// Each stop may load the blog post's scenario (a fresh RSA key) and the tour walks all seven.
// A generous hang guard (a loaded machine), not a speed check.
test.setTimeout(300_000)
// Its tests are independent (each its own browser context): the two workers may share them out.
test.describe.configure({ mode: 'parallel' })

test('the tour from start to end by keyboard, doing the tasks; progress survives a reload', async ({
  page,
}) => {
  await openDefault(page)
  await press(page, 'Guided tour')

  // Stop 1: the leaked IAM user key outlives any role session until it is deleted
  const one = stop(page, 'An IAM user’s keys in the app’s config')
  await expect(one).toBeVisible()
  await expect(
    one.getByRole('heading', { name: 'An IAM user’s keys in the app’s config' }),
  ).toBeFocused()
  await expect(one).toContainText('Stop 1 of 7')
  const slider = one.getByRole('slider', { name: /Time since the leak/ })
  await slider.focus()
  await page.keyboard.press('End')
  await expect(one.getByRole('row', { name: /IAM user access key/ })).toContainText('Works')
  await expect(one.getByRole('row', { name: /Role session .* 1 hour/ })).toContainText(
    'Refused: ExpiredToken',
  )
  await page.keyboard.press('Tab')
  await expect(one.getByRole('button', { name: 'Delete the access key now' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(one.getByRole('row', { name: /IAM user access key/ })).toContainText(
    'InvalidClientTokenId',
  )
  await expect(
    one.getByRole('status').filter({ hasText: 'only when you deleted it' }),
  ).toBeVisible()
  await page.screenshot({ path: 'screenshots/tour-stop1.png' })
  await press(page, 'Next', one)

  // Stop 2: temporary credentials; the role decides how long a session lasts
  const two = stop(page, 'A role instead: temporary credentials')
  await expect(two).toContainText('Stop 2 of 7')
  await expect(two.getByTestId('tour-lifetime')).toHaveText('Valid for 1 hour after issue')
  await press(page, 'Ask for a 2-hour session', two)
  await expect(two.getByTestId('tour-lifetime')).toHaveText(
    'No credentials: STS refused (ValidationError).',
  )
  await press(page, 'Raise the role’s maximum to 2 hours', two)
  await expect(two.getByTestId('tour-lifetime')).toHaveText('Valid for 2 hours after issue')
  await expect(two.getByRole('status').filter({ hasText: 'Two hours.' })).toBeVisible()
  await press(page, 'Next', two)

  // Stop 3: a claim changed in the inspector without re-signing breaks the signature
  const three = stop(page, 'The ServiceAccount: the pod’s passport')
  await expect(three).toContainText('Stop 3 of 7')
  await press(page, 'Go to the token inspector', three)
  const inspector = page.getByTestId('inspector')
  await expect(inspector.getByRole('button', { name: 'Edit payload' })).toBeFocused()
  await page.keyboard.press('Enter')
  const text = inspector.getByLabel('Payload (JSON)')
  const payload = JSON.parse(await text.inputValue())
  payload['kubernetes.io'].namespace = 'kube-system'
  await text.fill(JSON.stringify(payload, null, 2))
  await press(page, 'Apply without re-signing', inspector)
  await expect(page.getByTestId('sts-error')).toContainText('Token signature invalid')
  await expect(
    three.getByRole('status').filter({ hasText: 'the passport is a forgery' }),
  ).toBeVisible()
  await press(page, 'Next', three)

  // Stop 4 starts again from the working scenario (undoable), then stops 5 and 6
  const four = stop(page, 'iss → discovery → public keys → signature')
  await expect(four).toContainText('Stop 4 of 7')
  await expect(verdict(page).getByRole('heading', { name: 'Credentials issued' })).toBeVisible()
  await press(page, 'Next', four)
  const five = stop(page, 'The annotation and what the webhook injects')
  await expect(five).toContainText('Stop 5 of 7')
  await press(page, 'Next', five)

  // Stop 6: the trust policy's :sub changed (here with "Show me") → AccessDenied
  const six = stop(page, 'The trust policy')
  await press(page, 'Show me', six)
  await expect(page.getByTestId('sts-error')).toContainText('AccessDenied')
  await expect(six.getByRole('status').filter({ hasText: 'AccessDenied' })).toBeVisible()
  await press(page, 'Next', six)

  // Stop 7, then Finish: the panel closes and the focus returns to the launcher
  const seven = stop(page, 'The credentials at work: the S3 upload')
  await expect(seven).toContainText('Stop 7 of 7')
  await expect(seven.getByRole('button', { name: 'Finish' })).toBeVisible()
  await press(page, 'Finish', seven)
  await expect(seven).toBeHidden()
  const launcher = page.getByRole('button', { name: 'Resume the tour (7/7)' })
  await expect(launcher).toBeFocused()

  // After a reload the tour resumes at stop 7 with four tasks done
  await page.reload()
  await expect(launcher).toBeVisible()
  await press(page, 'Resume the tour (7/7)')
  const resumed = stop(page, 'The credentials at work: the S3 upload')
  await expect(resumed).toContainText('4 of 7 tasks done')
  const stops = resumed.getByRole('list', { name: 'Stops' })
  for (const title of [
    '1. An IAM user’s keys in the app’s config (Done)',
    '2. A role instead: temporary credentials (Done)',
    '3. The ServiceAccount: the pod’s passport (Done)',
    '6. The trust policy (Done)',
  ])
    await expect(stops.getByRole('button', { name: title })).toBeVisible()
  await expect(
    stops.getByRole('button', { name: '5. The annotation and what the webhook injects' }),
  ).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(resumed).toBeHidden()
})

test('a deep link opens stop 5; its terms open glossary entries; Escape closes; the tour on a phone, in the dark theme and in Korean', async ({
  page,
}) => {
  await openDefault(page, '/?tour=5')
  const five = stop(page, 'The annotation and what the webhook injects')
  await expect(five).toBeVisible()
  await expect(five).toContainText('Stop 5 of 7')
  // The stop selected the webhook's step: the editors mark the ServiceAccount, which it read
  await expect(page.getByRole('tab', { name: /ServiceAccount/ })).toHaveAttribute(
    'data-referenced',
    'true',
  )
  await page.screenshot({ path: 'screenshots/tour-desktop.png' })

  // A glossary term in the text: a popover with its entry, then the whole glossary
  const term = five.getByRole('button', { name: 'eks.amazonaws.com/role-arn' }).first()
  await term.focus()
  await page.keyboard.press('Enter')
  const entry = page.getByRole('dialog', { name: 'Glossary: eks.amazonaws.com/role-arn' })
  await expect(entry).toBeVisible()
  await expect(entry).toContainText('The ServiceAccount annotation that links it to an IAM role')
  await page.screenshot({ path: 'screenshots/tour-glossary-popover.png' })
  await page.keyboard.press('Escape')
  await expect(entry).toBeHidden()
  await expect(five).toBeVisible()

  // The task, done for the learner: no annotation, no injection
  await press(page, 'Show me', five)
  await expect(
    five.getByRole('status').filter({ hasText: 'No annotation, no injection' }),
  ).toBeVisible()

  await press(page, 'Glossary')
  const glossary = page.getByRole('dialog', { name: 'Glossary', exact: true })
  await expect(glossary).toBeVisible()
  await glossary.getByLabel('Find a term').fill('IMDS')
  await expect(glossary.getByRole('definition')).toHaveCount(1)
  await expect(glossary).toContainText('169.254.169.254')
  await page.keyboard.press('Escape')
  await expect(glossary).toBeHidden()

  await five.getByRole('heading', { name: 'The annotation and what the webhook injects' }).focus()
  await page.keyboard.press('Escape')
  await expect(five).toBeHidden()
  expect(new URL(page.url()).searchParams.get('tour')).toBeNull()

  // The same page goes on (no reload): stop 2 from the stops list, on a phone and in the dark.
  await test.step('the tour on a phone and in the dark theme', async () => {
    await press(page, 'Resume the tour (5/7)')
    await expect(five).toBeVisible()
    await press(page, /^2\. A role instead: temporary credentials/, five)
    const two = stop(page, 'A role instead: temporary credentials')
    await expect(two).toContainText('Stop 2 of 7')
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.setViewportSize({ width: 390, height: 844 })
    await expect(two).toBeVisible()
    const box = await two.boundingBox()
    expect(box!.width).toBeLessThanOrEqual(390)
    expect(box!.x).toBeGreaterThanOrEqual(0)
    await expect(two.getByRole('button', { name: 'Next' })).toBeInViewport()
    await page.screenshot({ path: 'screenshots/tour-phone-dark.png' })
    await press(page, 'Hide the text', two)
    await expect(two.getByRole('button', { name: 'Show the text' })).toBeVisible()
    await page.screenshot({ path: 'screenshots/tour-phone-collapsed.png' })
    await page.setViewportSize({ width: 1440, height: 900 })
    await press(page, 'Show the text', two)
    await page.screenshot({ path: 'screenshots/tour-desktop-dark.png' })
  })

  // Then stop 6 in Korean: the language is switched in the header, the stop re-renders.
  await test.step('the tour in Korean', async () => {
    await page.emulateMedia({ colorScheme: 'light' })
    await press(page, '6. The trust policy')
    await page.getByLabel('Language').selectOption('ko')
    const six = stop(page, '신뢰 정책')
    await expect(six).toBeVisible()
    await expect(six).toContainText('7개 중 6번째')
    await expect(six.getByRole('button', { name: '신뢰 정책' }).first()).toBeVisible()
    await expect(six.getByRole('button', { name: '다음', exact: true })).toBeVisible()
    await page.screenshot({ path: 'screenshots/tour-korean.png' })
  })
})
