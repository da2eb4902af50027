import { expect, test } from './fixtures'

/**
 * Finds English prose left on a page meant to be in Korean. Runs in the browser (passed to
 * page.evaluate, so it must be self-contained). It reads visible text only, skips what is rightly
 * English — code (<pre>, <code>, editors), AWS's verbatim errors, language names — strips
 * identifiers (ARNs, URLs, JSON, env variables, claim and condition keys, camelCase and dotted
 * names) and the AWS/Kubernetes terms Korean engineers keep in English, then reports every run of
 * three or more English words.
 */
function englishLeft(): string[] {
  const SKIP =
    'pre, code, kbd, samp, script, style, textarea, option, .monaco-editor, .engine-text__aws, svg text[lang="en"]'
  // Terms Korean engineers write in English (longest first, so phrases go before their words).
  const TERMS = [
    'EKS Pod Identity',
    'Pod Identity Webhook',
    'Pod Identity',
    'IAM OIDC',
    'AWS SDK',
    'AWS CLI',
    'web identity',
    'mutating admission',
    'Access Analyzer',
    'Go SDK',
    'JS SDK',
    'API',
    'ServiceAccount',
    'Statement',
    'Allow',
    'Deny',
    'kubelet',
    'webhook',
    'Webhook',
    'Pod',
    'IRSA',
    'Lab',
    'STS',
    'IAM',
    'OIDC',
    'JWKS',
    'JWT',
    'AWS',
    'SDK',
    'EKS',
    'S3',
    'CLI',
    'GET',
    'POST',
    'patch',
    'projected',
    'audience',
    'subject',
    'issuer',
    'discovery',
    'config',
    'keys',
    'thumbprint',
    'botocore',
    'boto3',
    'WebCrypto',
    'Terraform',
    'kubectl',
    'eksctl',
    'QR',
  ]
  const IDENTIFIER = [
    /\b(?:arn|https?|sts|system):[^\s,)]*/g, // ARNs, URLs, subjects
    /\{[^{}]*\}|\[[^[\]]*\]/g, // JSON fragments
    /\S*[./_:=@~#]\S*/g, // dotted, slashed, snake_case, keys, paths
    /\b[A-Za-z]*[a-z][A-Z]\w*/g, // camelCase / PascalCase (StringEquals, AssumeRoleWithWebIdentity)
    /\b[A-Z0-9]{2,}\b/g, // ALLCAPS and codes
    /\S*\d\S*/g, // anything with digits
  ]
  const visible = (el: Element) =>
    (el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) ?? true
  const texts: string[] = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    if (!parent || parent.closest(SKIP) || !visible(parent)) continue
    texts.push(node.textContent ?? '')
  }
  const runs: string[] = []
  for (const raw of texts) {
    let text = raw
    for (const pattern of IDENTIFIER) text = text.replace(pattern, ' · ')
    for (const term of TERMS) text = text.split(term).join(' · ')
    for (const match of text.matchAll(/[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*){2,}/g))
      runs.push(`${match[0]}  ⟵  ${raw.trim().slice(0, 120)}`)
  }
  return [...new Set(runs)]
}

/**
 * One page for the whole journey: the checker first proves itself on the English page, then the
 * language select switches the UI to Korean and each scenario opens by its link in the same tab
 * (the fragment changes, the page opens it): three scenarios, a theme and two sizes, one load.
 */
test('Korean: the default scenario, a failing scenario (dark) and a phone, no English prose left; the checker is real on the English page', async ({
  page,
}) => {
  // Four checks of the whole page on one page: a hang guard for the lot.
  test.setTimeout(240_000)
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/')
  const steps = page.getByRole('list', { name: 'IRSA 체인의 단계' })
  /** The step list renders just after the verdict: check the whole page, not its first paint. */
  const korean = async (heading: string) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await expect(page.getByTestId('verdict').getByRole('heading', { name: heading })).toBeVisible()
    await expect(steps).toBeVisible()
  }

  await test.step('the checker is real: the English UI is full of English prose', async () => {
    await page.getByLabel('Language').selectOption('en')
    await expect(
      page.getByTestId('verdict').getByRole('heading', { name: 'Credentials issued' }),
    ).toBeVisible()
    await expect(page.getByRole('list', { name: 'Steps of the IRSA chain' })).toBeVisible()
    const left = await page.evaluate(englishLeft)
    expect(left.length).toBeGreaterThan(20)
  })

  await test.step('the default scenario in Korean: steps, findings and verdict', async () => {
    await page.getByLabel('Language').selectOption('ko')
    await korean('자격 증명 발급됨')
    await expect(steps.getByText('Pod Identity 웹훅이 파드를 변경')).toBeVisible()
    await expect(steps.getByText('STS가 토큰의 시간 클레임을 확인')).toBeVisible()
    await expect(page.getByText('(영어 원문)')).toHaveCount(0)
    expect(await page.evaluate(englishLeft)).toEqual([])
    await page.screenshot({ path: 'screenshots/korean-default.png', fullPage: true })
  })

  await test.step('a failing scenario in Korean keeps AWS’s error verbatim, the rest in Korean', async () => {
    await page.goto('/#p=wrong-namespace')
    await expect(page).not.toHaveURL(/#/)
    await korean('STS가 거부함')
    await page.getByLabel('테마').selectOption('dark')
    // The failing condition's reason and the trust decision, in Korean.
    await expect(page.getByText('어떤 요청 값도 정책 값과 일치하지 않았습니다.')).toBeVisible()
    await expect(page.getByText('암시적 거부: 요청을 허용하는 Statement가 없습니다.')).toBeVisible()
    // AWS's own text is untouched.
    await expect(page.getByTestId('sts-error')).toContainText(
      'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    )
    expect(await page.evaluate(englishLeft)).toEqual([])
    await page.screenshot({ path: 'screenshots/korean-wrong-namespace-dark.png', fullPage: true })
    await page
      .locator('.playground__trace')
      .screenshot({ path: 'screenshots/korean-wrong-namespace-steps-dark.png' })
  })

  await test.step('Korean on a phone', async () => {
    // Back to the theme the system asks for (light), as on a first visit.
    await page.getByLabel('테마').selectOption('system')
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/#p=expired-token')
    await expect(page).not.toHaveURL(/#/)
    await korean('STS가 거부함')
    await expect(page.getByText(/AWS 응답:/)).toBeVisible()
    expect(await page.evaluate(englishLeft)).toEqual([])
    await page.screenshot({ path: 'screenshots/korean-phone.png', fullPage: true })
  })
})
