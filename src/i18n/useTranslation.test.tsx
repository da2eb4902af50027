// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import i18next, { type TFunction } from 'i18next'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initI18n, loadPanelMessages, setLanguage } from './index'
import { verdict as en } from './locales/en/verdict'
import { verdict as ko } from './locales/ko/verdict'
import { plainMessage, useTranslation } from './useTranslation'

beforeAll(async () => {
  await initI18n()
})
afterEach(cleanup)

/** A component that says the verdict's heading and records every render's `t` and language. */
function Probe({ seen }: { seen: { t: TFunction; language: string }[] }) {
  const { t, i18n } = useTranslation()
  seen.push({ t, language: i18n.language })
  return <p>{t('verdict.denied')}</p>
}

const languageChanged = () =>
  new Promise<void>((resolve) => i18next.once('languageChanged', () => resolve()))

describe('useTranslation', () => {
  it('renders in the current language, anew on a switch, with one `t` per language', async () => {
    // Given a component on screen in English
    const seen: { t: TFunction; language: string }[] = []
    const { rerender } = render(<Probe seen={seen} />)
    expect(screen.getByText(en.denied)).toBeTruthy()
    rerender(<Probe seen={seen} />)
    // Then its renders in one language share one `t`
    expect(seen).toHaveLength(2)
    expect(seen[1]!.t).toBe(seen[0]!.t)

    // When messages arrive for the panels (no change of language)
    await act(() => loadPanelMessages())
    // Then nothing renders anew
    expect(seen).toHaveLength(2)

    // When the user switches to Korean
    const switched = languageChanged()
    await act(async () => {
      setLanguage('ko')
      await switched
    })
    // Then the component renders again, in Korean, with Korean's `t`
    expect(screen.getByText(ko.denied)).toBeTruthy()
    const korean = seen.at(-1)!
    expect(korean.language).toBe('ko')
    expect(korean.t).not.toBe(seen[0]!.t)

    // When the user switches back
    const back = languageChanged()
    await act(async () => {
      setLanguage('en')
      await back
    })
    // Then English's `t` is the very one from before
    expect(screen.getByText(en.denied)).toBeTruthy()
    expect(seen.at(-1)!.t).toBe(seen[0]!.t)
  })

  it('stops listening when the component goes', async () => {
    const listeners = () =>
      (i18next as unknown as { observers: Record<string, Map<unknown, number>> }).observers
        .languageChanged?.size ?? 0
    const before = listeners()
    const { unmount } = render(<Probe seen={[]} />)
    expect(listeners()).toBe(before + 1)
    unmount()
    expect(listeners()).toBe(before)
  })
})

/** Every message key of a catalogue tree, with its message. */
function messages(tree: unknown, prefix = ''): [string, unknown][] {
  if (typeof tree !== 'object' || tree === null) return [[prefix, tree]]
  return Object.entries(tree).flatMap(([k, v]) => messages(v, prefix ? `${prefix}.${k}` : k))
}

describe(plainMessage, () => {
  it('answers as i18next does for every message of both languages', async () => {
    // Given both catalogues whole (the page's and the panels')
    await loadPanelMessages()
    for (const language of ['ko', 'en'] as const) {
      const switched = languageChanged()
      setLanguage(language)
      await switched
      await loadPanelMessages()
      const { t } = renderHookT()
      const all = messages(i18next.getDataByLanguage(language)?.translation)
      let plain = 0
      for (const [key] of all) {
        // Then a message read directly is i18next's, and the hook's `t` gives i18next's
        const direct = plainMessage(key)
        if (direct !== undefined) {
          plain++
          expect(direct).toBe(i18next.t(key))
        }
        expect(t(key)).toBe(i18next.t(key))
      }
      // And most messages are plain (the check above is not empty)
      expect(plain).toBeGreaterThan(all.length / 2)
    }
  })

  it('leaves to i18next what it has to work on, and what is missing', async () => {
    const switched = languageChanged()
    setLanguage('en')
    await switched
    // A message with a value to put in, a key that is a whole group, an unknown key, a namespace
    expect(plainMessage('verdict.issued')).toBe(en.issued)
    expect(en.callAllowed).toContain('{{')
    expect(plainMessage('verdict.callAllowed')).toBeUndefined()
    expect(plainMessage('verdict')).toBeUndefined()
    expect(plainMessage('verdict.nothing-here')).toBeUndefined()
    expect(plainMessage('verdict.toString')).toBeUndefined()
    expect(plainMessage('translation:verdict.issued')).toBeUndefined()
    // And the hook's `t` still interpolates and counts through i18next
    const { t } = renderHookT()
    expect(t('verdict.callAllowed', { action: 'PutObject', resource: 'r' })).toBe(
      i18next.t('verdict.callAllowed', { action: 'PutObject', resource: 'r' }),
    )
  })
})

/** The hook's `t`, from a component rendered once. */
function renderHookT(): { t: TFunction } {
  const seen: { t: TFunction; language: string }[] = []
  render(<Probe seen={seen} />)
  cleanup()
  return { t: seen[0]!.t }
}
