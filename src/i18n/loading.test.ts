import i18next from 'i18next'
import { describe, expect, it, vi } from 'vitest'
import { initI18n, loadPanelMessages, setLanguage } from './index'
import * as enCore from './locales/en/core'
import * as enRest from './locales/en/rest'

/** Every module of a locale folder but the composed ones, by area file. */
const enFiles = import.meta.glob<Record<string, object>>(
  ['./locales/en/*.ts', '!./locales/en/{index,core,rest}.ts'],
  { eager: true },
)

// The page's <html> element, whose lang a language switch sets: no DOM needed beyond it (a jsdom
// environment cost more than the whole test). Stubbed globals keep this file isolated.
vi.stubGlobal('document', { documentElement: { lang: '' } })

describe('the catalogue split between the first screen and the panels', () => {
  it('puts every area in exactly one part', () => {
    const areas = Object.values(enFiles).flatMap((module) => Object.keys(module))
    const core = Object.keys(enCore)
    const rest = Object.keys(enRest)
    expect(core.filter((area) => rest.includes(area))).toEqual([])
    expect([...core, ...rest].sort()).toEqual(areas.sort())
  })

  it('bundles the first screen, loads the panels on request, and a switch brings both along', async () => {
    // Given the page's start in English
    await initI18n()
    expect(i18next.exists('verdict.issued')).toBe(true)
    expect(i18next.exists('flow.presentation.title')).toBe(false)

    // When a panel asks for its messages
    await loadPanelMessages()
    // Then they are there
    expect(i18next.exists('flow.presentation.title')).toBe(true)

    // When the user switches to Korean
    setLanguage('ko')
    await new Promise<void>((resolve) => i18next.on('languageChanged', () => resolve()))
    // Then the first screen's and the panels' Korean messages came with it
    expect(i18next.t('flow.presentation.title')).toBe('IRSA Lab: 파드가 AWS 자격 증명을 얻는 과정')
    expect(i18next.t('verdict.denied')).toBe('STS가 거부함')
    expect(document.documentElement.lang).toBe('ko')
  })
})
