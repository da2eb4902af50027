import { expect, test } from './fixtures'

/**
 * Facts, not prose: in Korean, every value inside a step's or a finding's sentence (seconds, names,
 * Sids, the webhook's skip reason) comes from the engine's data, not from its English. One page,
 * three gallery scenarios; each value below is what the engine computed for that scenario.
 */
test('Korean steps and findings carry their values from data (expired, wrong namespace, webhook skipped)', async ({
  page,
}) => {
  // Three scenarios on one page: a generous hang guard, not a speed check.
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/#p=expired-token')
  await expect(page.getByTestId('verdict').getByRole('heading').first()).toBeVisible()
  await page.getByLabel('Language').selectOption('ko')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  const steps = page.getByRole('list', { name: 'IRSA 체인의 단계' })
  // The step list renders after the verdict (deferred): on a loaded machine give it time.
  const later = { timeout: 30_000 }
  // The step list and findings render just after the verdict (a lazy chunk on a loaded machine).
  await expect(steps).toBeVisible({ timeout: 60_000 })

  // Expired token: the seconds past exp and botocore's session name, both from finding data.
  await expect(page.getByText('토큰은 시나리오 시각보다 3600초 전에 만료됐습니다.')).toBeVisible(
    later,
  )
  // The gallery builds its token at the real clock: the session name is botocore-session-<now>.
  await expect(page.getByText(/세션 이름: botocore-session-\d{10}$/).first()).toBeVisible()

  // Wrong namespace: the statement's name from step data, the decision's variant from finding data.
  await page.goto('/#p=wrong-namespace')
  await expect(page.getByText('Statement 0 (Allow)').first()).toBeVisible({ timeout: 30_000 })
  await expect(steps.getByText('어떤 요청 값도 정책 값과 일치하지 않았습니다.')).toBeVisible(later)
  await expect(
    page.getByText('신뢰 정책의 어떤 Statement도 이 토큰을 허용하지 않습니다.').first(),
  ).toBeVisible()

  // Webhook skipped (no role-arn annotation): the reason from its code, inside the sentence.
  await page.goto('/#p=node-role-fallback')
  await expect(
    steps.getByText('변경하지 않음: 서비스 어카운트에 role-arn 어노테이션이 없거나 비어 있음.'),
  ).toBeVisible(later)

  // Nothing fell back to the engine's English anywhere on the way.
  await expect(page.getByText('(영어 원문)')).toHaveCount(0)
  await page.screenshot({ path: '/tmp/facts/korean-webhook-skipped.png', fullPage: false })
})
