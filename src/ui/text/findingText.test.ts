import { describe, expect, it } from 'vitest'
import { parseJsonDocument } from '../../engine/text/document'
import { findingKey, findingMessage } from './findingText'

describe(findingMessage, () => {
  it('reads the values a fuller sentence needs from the engine’s message', () => {
    expect(
      findingMessage({
        code: 'trust.condition.aud-sub-swapped',
        message: '"sts.amazonaws.com" is an audience, but the key is :sub.',
      }),
    ).toEqual({
      kind: 'key',
      key: 'findings.variants.trust_condition_aud-sub-swapped.audienceInSub',
      values: { value: 'sts.amazonaws.com' },
      fallback: '"sts.amazonaws.com" is an audience, but the key is :sub.',
    })
  })

  it('uses the generic sentence for the code when the message has another wording', () => {
    const message = findingMessage({ code: 'sts.claim.missing', message: 'Reworded by the engine' })
    expect(message).toMatchObject({ key: 'findings.messages.sts_claim_missing' })
  })

  it('says how many syntax errors were left out, from the engine’s summary finding', () => {
    // Given a document with 30 stray control characters (apart): 20 listed, the rest summed up
    const { findings } = parseJsonDocument(`{"a": 1${' \u0001'.repeat(30)}}`, 'trustPolicy')
    const summary = findings.find((f) => f.code === 'document.too-many-errors')!
    // When / Then
    expect(findingMessage(summary)).toMatchObject({
      key: 'findings.variants.document_too-many-errors.count',
      values: { count: '10', listed: '20' },
    })
  })

  it('turns dots into underscores so i18next does not nest the code', () => {
    expect(findingKey('jwt.segment.base64')).toBe('jwt_segment_base64')
  })
})
