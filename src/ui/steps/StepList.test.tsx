// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Step } from '../../engine'
import { initI18n, loadPanelMessages, setLanguage } from '../../i18n'
import { StepList } from './StepList'
import type * as EngineTextModule from '../text/useEngineText'

/** The steps whose texts were translated, in order: one per StepItem render. */
const translated = vi.hoisted(() => [] as string[])
vi.mock('../text/useEngineText', async (importOriginal) => {
  const actual = await importOriginal<typeof EngineTextModule>()
  return {
    ...actual,
    useStepText: (step: Step) => {
      translated.push(step.id)
      return actual.useStepText(step)
    },
  }
})

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

  it('renders again only the steps that changed: a run brings new objects, equal ones are kept', () => {
    // Given a list of two steps on screen
    const role: Step = {
      id: 'iam.role',
      kind: 'iam.role',
      actor: 'iam',
      status: 'fail',
      title: 'IAM finds the role',
      refs: [],
      data: { iamError: 'LimitExceeded', size: 4200 },
    }
    translated.length = 0
    const { rerender } = render(<StepList steps={[undecided, role]} />)
    expect(translated.splice(0)).toEqual(['oidc.jwks', 'iam.role'])
    // When a run brings equal steps (new objects), then one whose data changed (a space typed)
    rerender(<StepList steps={[structuredClone(undecided), structuredClone(role)]} />)
    const unchanged = translated.splice(0)
    rerender(
      <StepList
        steps={[structuredClone(undecided), { ...role, data: { ...role.data, size: 4201 } }]}
      />,
    )
    // Then nothing is rendered again for the equal ones, and only the changed step for the other
    expect(unchanged).toEqual([])
    expect(translated.splice(0)).toEqual(['iam.role'])
  })
})
