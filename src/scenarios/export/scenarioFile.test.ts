import fc from 'fast-check'
import type { ScenarioDraft } from '../draft'
import { describe, expect, it } from 'vitest'
import { parseScenarioFile, scenarioFileName, scenarioFileText } from './scenarioFile'
import { sampleDraft } from './testing'

describe('scenario file', () => {
  it('round-trips the draft exactly', () => {
    const draft = sampleDraft()
    const text = scenarioFileText(draft)
    expect(JSON.parse(text)).toEqual({ irsaLab: 1, draft })
    expect(parseScenarioFile(text)).toEqual({ ok: true, draft })
  })

  it('fills optional fields a hand-written file leaves out, and ignores unknown ones', () => {
    const rest: Partial<ScenarioDraft> = sampleDraft()
    delete rest.pod
    delete rest.call
    delete rest.request
    const result = parseScenarioFile(JSON.stringify({ irsaLab: 1, draft: { ...rest, extra: 1 } }))
    expect(result.ok && result.draft.pod).toBe('')
    expect(result.ok && result.draft.call).toEqual({ action: '', resource: '' })
    expect(result.ok && 'extra' in result.draft).toBe(false)
  })

  it.each([
    { name: 'not JSON', text: 'hello', error: 'syntax' },
    { name: 'another JSON', text: '{"Role": {}}', error: 'notScenario' },
    { name: 'an array', text: '[1]', error: 'notScenario' },
    { name: 'a newer version', text: '{"irsaLab": 2, "draft": {}}', error: 'newerVersion' },
    { name: 'no draft', text: '{"irsaLab": 1}', error: 'notScenario' },
    {
      name: 'too deep',
      text: `{"irsaLab": 1, "draft": ${'['.repeat(400)}${']'.repeat(400)}}`,
      error: 'syntax',
    },
    { name: 'too large', text: ' '.repeat(2_000_001), error: 'tooLarge' },
  ])('refuses $name', ({ text, error }) => {
    expect(parseScenarioFile(text)).toMatchObject({ ok: false, error })
  })

  it('names the field of the wrong type', () => {
    const bad = { irsaLab: 1, draft: { ...sampleDraft(), maxSessionDuration: '3600' } }
    expect(parseScenarioFile(JSON.stringify(bad))).toEqual({
      ok: false,
      error: 'badField',
      field: 'maxSessionDuration',
    })
  })

  it('never throws on any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof parseScenarioFile(text).ok).toBe('boolean')
      }),
    )
  })

  it('a safe file name', () => {
    expect(scenarioFileName(sampleDraft())).toBe('irsa-lab-photo-uploader.json')
    expect(scenarioFileName(sampleDraft({ roleName: '../../x y' }))).toBe('irsa-lab-.._.._x_y.json')
  })
})
