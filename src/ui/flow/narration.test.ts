import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey, simulate, type IrsaTrace } from '../../engine'
import type { ClusterKey } from '../../engine/jwt'
import { en } from '../../i18n/locales/en'
import { ko } from '../../i18n/locales/ko'
import { PRESETS } from '../../scenarios/presets'
import { captionLines } from './caption'
import { narrate } from './narration'

/** A plain lookup over a catalogue, with `{{name}}` placeholders (enough for these messages). */
function translator(catalogue: unknown) {
  const get = (key: string) =>
    key
      .split('.')
      .reduce<unknown>(
        (node, k) =>
          node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined,
        catalogue,
      )
  const exists = (key: string) => typeof get(key) === 'string'
  const t = (key: string, values: Record<string, unknown> = {}) => {
    const message = get(key)
    if (typeof message !== 'string') throw new Error(`no message ${key}`)
    return message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]))
  }
  return { t, exists }
}

/**
 * Sentences that claim the step went well, and ones that claim it did not, per language. A
 * sentence shown on a failed step may not claim success, nor one on a passed step failure.
 */
const CLAIMS = {
  en: {
    success: [
      /\bmatched\b/,
      /\bfinds (the|web)\b/,
      /\bmutates the pod\b/,
      /\breturns temporary/,
      /✔/,
    ],
    failure: [/\bcannot\b/, /\bfinds no\b/, /\bleaves the pod\b/, /\bdoes not trust\b/, /✘/],
  },
  ko: {
    success: [/맞았습니다/, /찾음$/, /파드를 변경$/, /자격 증명 반환$/, /✔/],
    failure: [/못함$/, /쓸 수 없음$/, /그대로 둠$/, /신뢰하지 않습니다/, /✘/],
  },
} as const

let key: ClusterKey
const traces = new Map<string, IrsaTrace>()
beforeAll(async () => {
  key = await generateClusterKey('RS256')
  for (const preset of PRESETS) {
    const scenario = await preset.build({ key, issuedAt: '2026-11-29T12:00:00.000Z' })
    traces.set(preset.id, await simulate(scenario))
  }
})

const cases = PRESETS.flatMap((p) => (['en', 'ko'] as const).map((lang) => [p.id, lang] as const))

describe('the narration never contradicts the outcome', () => {
  it.each(cases)('%s (%s)', (id, lang) => {
    // Given
    const trace = traces.get(id)!
    const { t, exists } = translator(lang === 'en' ? en : ko)
    // Every step, also those past where the flow stops (the step list shows them too).
    for (const step of trace.steps) {
      // When
      const said = narrate(step, trace, t, exists)
      const where = `${id} ${step.id} (${step.status})`
      // Then: the sentences do not claim the other outcome
      const sentences = [said.title, said.what, said.why]
      const forbidden =
        step.status === 'fail'
          ? CLAIMS[lang].success
          : step.status === 'pass'
            ? CLAIMS[lang].failure
            : []
      for (const sentence of sentences)
        for (const claim of forbidden) expect(sentence, where).not.toMatch(claim)
      // and the fact that states the step's result agrees with it
      const summaries = said.facts.filter((f) => f.fact.summary)
      if (step.status === 'fail' || step.status === 'pass') {
        const ok = step.status === 'pass'
        for (const s of summaries) {
          expect(s.fact.ok, where).toBe(ok)
          expect(s.mark?.startsWith(ok ? '✔' : '✘'), where).toBe(true)
        }
        if (said.facts.some((f) => f.fact.ok !== undefined) && step.kind !== 'jwt.time')
          expect(summaries.length, where).toBe(1)
      }
      if (step.status === 'fail' && step.kind === 'jwt.time')
        expect(summaries.length, where).toBeGreaterThan(0)
    }
  })
})

describe('compared values', () => {
  it('a time check shows the instant it compared with', () => {
    const trace = traces.get('expired-token')!
    const step = trace.steps.find((s) => s.kind === 'jwt.time')!
    const { t, exists } = translator(en)
    const facts = narrate(step, trace, t, exists).facts
    const now = new Date((step.data?.now as number) * 1000).toISOString().replace('.000Z', 'Z')
    expect(facts.map((f) => f.fact.against)).toEqual(
      facts.map(() => ({ label: 'now', value: now })),
    )
    expect(facts.find((f) => f.fact.label.toString() && f.fact.summary)?.mark).toBe('✘ expired')
  })

  it('a statement that did not apply says so, in the words of its check', () => {
    const trace = traces.get('wrong-namespace')!
    const step = trace.steps.find((s) => s.kind === 'trust.statement')!
    const { t, exists } = translator(en)
    const facts = narrate(step, trace, t, exists).facts
    expect(facts.find((f) => f.fact.summary)?.mark).toBe('✘ does not apply')
    expect(facts.map((f) => f.mark).filter(Boolean)).not.toContain('✘ does not match ')
    expect(facts.find((f) => 'key' in f.fact.label && f.fact.label.key === 'effect')?.mark).toBe(
      undefined,
    )
  })

  it('where the flow stops at a statement, shows the condition that failed', () => {
    const trace = traces.get('wrong-namespace')!
    const statement = trace.steps.find((s) => s.kind === 'trust.statement')!
    const { t, exists } = translator(en)
    const facts = narrate(statement, trace, t, exists).facts
    const condition = facts.find((f) => f.fact.diffAt !== undefined)
    expect(condition?.fact.value).toBe('system:serviceaccount:production:example-sa')
    expect(condition?.fact.summary).toBeUndefined()
    const [, left] = captionLines(statement, t, exists, false, trace)
    expect(left?.markAt).toBeDefined()
  })

  it('labels both :sub values and marks where they part, whole in the landscape caption', () => {
    const trace = traces.get('wrong-namespace')!
    const step = trace.steps.find((s) => s.kind === 'trust.condition' && s.status === 'fail')!
    const { t, exists } = translator(en)
    const [fact] = narrate(step, trace, t, exists).facts
    expect(fact?.valueLabel).toBe('token')
    expect(fact?.againstLabel).toBe('policy')
    const token = 'system:serviceaccount:production:example-sa'
    const policy = 'system:serviceaccount:example:example-sa'
    expect(fact?.fact.value).toBe(token)
    expect(fact?.fact.against?.value).toBe(policy)
    expect(fact?.fact.diffAt).toBe('system:serviceaccount:'.length)
    const [, left, right] = captionLines(step, t, exists, false, trace)
    expect(left?.text).toContain(token)
    expect(right?.text).toContain(policy)
    expect(left?.markAt).toBe(left!.text.indexOf(token) + 'system:serviceaccount:'.length)
    expect(right?.text.indexOf(policy)).toBe(left!.text.indexOf(token))
  })

  it('keeps the difference in view when an upright caption has to cut the values', () => {
    const trace = traces.get('wrong-namespace')!
    const step = trace.steps.find((s) => s.kind === 'trust.condition' && s.status === 'fail')!
    const { t, exists } = translator(ko)
    const [, left, right] = captionLines(step, t, exists, true, trace)
    for (const line of [left!, right!]) {
      expect(line.text.length).toBeLessThanOrEqual(46)
      expect(line.markAt).toBeDefined()
    }
    expect(left!.text[left!.markAt!]).toBe('p')
    expect(right!.text[right!.markAt!]).toBe('e')
  })
})
