// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initI18n, setLanguage } from '../../i18n'
import { useChallengeStore } from '../../state/challengeStore'
import { useGlossaryStore } from '../../state/glossaryStore'
import { useToolDialogStore } from '../../state/toolDialogStore'
import { useTriageStore } from '../../state/triageStore'
import { ToolButtons } from './ToolButtons'

// Only the first screen's messages (`core`): the panels' messages (`rest`) are never loaded here,
// as on a first visit before the verdict.
beforeAll(() => initI18n())
afterEach(cleanup)

const LABELS = {
  en: [
    'Paste from your cluster',
    'Start from an error',
    'Export',
    'Account audit',
    'Guided tour',
    'Glossary',
    'Challenges',
    'IRSA vs Pod Identity',
  ],
  ko: [
    '클러스터에서 붙여넣기',
    '오류에서 시작하기',
    '내보내기',
    '계정 감사',
    '둘러보기',
    '용어집',
    '과제',
    'IRSA vs Pod Identity',
  ],
}

describe('the toolbar’s tool buttons (on the first screen, before their panels load)', () => {
  it('are all there with their labels from the first screen’s messages, in both languages', async () => {
    render(<ToolButtons />)
    // In order, by accessible name (the icons are aria-hidden).
    const inOrder = (labels: string[]) =>
      expect(screen.getAllByRole('button')).toEqual(
        labels.map((name) => screen.getByRole('button', { name })),
      )
    inOrder(LABELS.en)
    setLanguage('ko')
    await screen.findByRole('button', { name: LABELS.ko[0] }, { timeout: 20_000 })
    inOrder(LABELS.ko)
    setLanguage('en')
    await screen.findByRole('button', { name: LABELS.en[0] })
  })

  it('keep a click made before the panels load: the panel opens from its store when it arrives', () => {
    render(<ToolButtons />)
    const io = screen.getByRole('group', { name: 'Import and export' })
    fireEvent.click(within(io).getByRole('button', { name: /Export/ }))
    expect(useToolDialogStore.getState().open).toBe('export')
    fireEvent.click(screen.getByRole('button', { name: 'IRSA vs Pod Identity' }))
    expect(useToolDialogStore.getState().open).toBe('podIdentity')
    fireEvent.click(within(io).getByRole('button', { name: /Start from an error/ }))
    expect(useTriageStore.getState().open).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Glossary' }))
    expect(useGlossaryStore.getState().request).toEqual({})
    const challenges = screen.getByRole('button', { name: 'Challenges' })
    fireEvent.click(challenges)
    expect(useChallengeStore.getState().open).toBe(true)
    expect(challenges.getAttribute('aria-expanded')).toBe('true')
  })
})
