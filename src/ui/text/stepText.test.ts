import { describe, expect, it } from 'vitest'
import type { Step, StepName } from '../../engine'
import { translate, type Translator } from './message'
import { stepMessages } from './stepText'

/** A step as the engine emits it: with its `name` (none: a step built by hand). */
const step = (over: Partial<Step> & { name?: StepName }): Step => ({
  id: 'x',
  kind: 'x',
  actor: 'sts',
  status: 'pass',
  title: 'Title',
  refs: [],
  ...over,
})

/** Echoes the key and its values, so the assertions see what was looked up. */
const echo: Translator = {
  exists: (key) => !key.includes('missing'),
  t: (key, values = {}) => `${key}${JSON.stringify(values)}`,
}

describe(stepMessages, () => {
  it('keys a static step by id and fills its detail from data', () => {
    // Given the duration step as the engine writes it
    const s = step({
      name: 'sts.duration',
      id: 'sts.duration',
      kind: 'sts.duration',
      status: 'fail',
      detail: '7200 s > 3600 s.',
      data: { requested: 7200, max: 3600 },
    })
    // When
    const m = stepMessages(s)
    // Then
    expect(translate(m.title, echo).text).toBe('engineText.steps.sts.duration.title{}')
    expect(translate(m.detail!, echo).text).toBe(
      'engineText.steps.sts.duration.exceeds{"requested":"7200","max":"3600"}',
    )
  })

  it('keys the numbered trust steps by kind, with the Sid from data (never from the title)', () => {
    const statement = step({
      name: 'trust.statement',
      id: 'trust.statement.1',
      kind: 'trust.statement',
      title: 'Reworded by the engine',
      data: { effect: 'Deny', name: 'DenyProd' },
    })
    expect(translate(stepMessages(statement).title, echo).text).toBe(
      'engineText.steps.trust.statement.title{"name":"DenyProd","effect":"Deny"}',
    )
    const condition = step({
      name: 'trust.condition',
      id: 'trust.condition.0.0',
      kind: 'trust.condition',
      status: 'fail',
      detail: 'no-value-matched',
      data: { operator: 'StringEquals', key: 'x:sub', reason: 'no-value-matched' },
    })
    expect(translate(stepMessages(condition).detail!, echo).text).toBe(
      'engineText.conditionReasons.no-value-matched{}',
    )
  })

  it('says why the webhook skipped a pod from the reason code, not from its English', () => {
    const webhook = step({
      name: 'webhook.mutate',
      id: 'webhook.mutate',
      kind: 'webhook.inject',
      status: 'info',
      detail: 'Reworded by the engine.',
      data: { skipped: true, reasonCode: 'skipLabel', reason: 'Reworded', patch: [] },
    })
    expect(translate(stepMessages(webhook).detail!, echo).text).toBe(
      'engineText.steps.webhook.mutate.skipped{"reason":"engineText.skipReasons.skipLabel{}"}',
    )
  })

  it("keeps AWS's error text verbatim and nests translated reasons", () => {
    const time = step({
      name: 'jwt.time',
      id: 'jwt.time',
      kind: 'jwt.time',
      status: 'fail',
      detail: 'Token expired: …',
    })
    expect(stepMessages(time).detail).toEqual({ kind: 'aws', text: 'Token expired: …' })
    const key = step({
      name: 'jwt.key',
      id: 'jwt.key',
      kind: 'jwt.key-select',
      status: 'fail',
      detail: 'No usable key: unknown-kid.',
      data: { reason: 'unknown-kid' },
    })
    expect(translate(stepMessages(key).detail!, echo).text).toBe(
      'engineText.steps.jwt.key.noUsableKey{"reason":"engineText.keyReasons.unknown-kid{}"}',
    )
  })

  it('falls back to the engine’s English, marked, for an unknown step or assumption', () => {
    const s = step({ id: 'missing.step', detail: 'Something new.', assumptions: ['A new guess.'] })
    const m = stepMessages(s)
    expect(translate(m.title, echo)).toEqual({ text: 'Title', kind: 'english' })
    expect(translate(m.detail!, echo)).toEqual({ text: 'Something new.', kind: 'english' })
    expect(translate(m.assumptions[0]!, echo)).toEqual({ text: 'A new guess.', kind: 'english' })
  })
})
