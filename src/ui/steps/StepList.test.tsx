// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Step } from '../../engine'
import { initI18n, loadPanelMessages, setLanguage } from '../../i18n'
import { StepList } from './StepList'

beforeAll(async () => {
  await initI18n()
  await loadPanelMessages()
})
afterEach(cleanup)

const undecided: Step = {
  id: 'oidc.jwks',
  kind: 'oidc.jwks',
  actor: 'sts',
  status: 'skip',
  title: 'STS fetches the JWKS',
  refs: [],
  data: { notProvided: ['jwks', 'issuer'] },
}

describe('StepList', () => {
  it('says which inputs a check was left undecided for (an import without them)', async () => {
    render(<StepList steps={[undecided, { ...undecided, id: 'x', data: {} }]} />)
    const notes = screen.getAllByTestId('step-not-provided')
    expect(notes).toHaveLength(1)
    expect(notes[0]!.textContent).toContain('The JWKS, The cluster’s OIDC issuer')
    setLanguage('ko')
    expect((await screen.findByText(/클러스터의 OIDC 발급자/)).textContent).toContain(
      '알 수 없음, 판단하지 않음: JWKS, 클러스터의 OIDC 발급자',
    )
    setLanguage('en')
  })
})
