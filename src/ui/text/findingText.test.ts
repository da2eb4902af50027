import { describe, expect, it } from 'vitest'
import { parseJsonDocument } from '../../engine/text'
import { findingKey, findingMessage } from './findingText'

describe(findingMessage, () => {
  it('fills the sentence of the finding’s variant from its data, not from its English', () => {
    expect(
      findingMessage({
        code: 'trust.condition.aud-sub-swapped',
        message: 'Reworded by the engine',
        data: { variant: 'audienceInSub', value: 'sts.amazonaws.com' },
      }),
    ).toEqual({
      kind: 'key',
      key: 'findings.variants.trust_condition_aud-sub-swapped.audienceInSub',
      values: { value: 'sts.amazonaws.com' },
      fallback: 'Reworded by the engine',
      fallbackKey: 'findings.messages.trust_condition_aud-sub-swapped',
    })
  })

  it('uses the code’s one sentence when the finding carries no data', () => {
    const message = findingMessage({ code: 'sts.token.not-yet-valid', message: 'Any wording' })
    expect(message).toMatchObject({ key: 'findings.messages.sts_token_not-yet-valid' })
    expect(message).not.toHaveProperty('values')
  })

  it('says how many syntax errors were left out, from the summary finding’s data', () => {
    // Given a document with 30 stray control characters (apart): 20 listed, the rest summed up
    const { findings } = parseJsonDocument(`{"a": 1${' \u0001'.repeat(30)}}`, 'trustPolicy')
    const summary = findings.find((f) => f.code === 'document.too-many-errors')!
    // When / Then: numbers are given to the template as text
    expect(findingMessage(summary)).toMatchObject({
      key: 'findings.variants.document_too-many-errors',
      values: { count: '10', listed: '20' },
    })
  })

  it('turns dots into underscores so i18next does not nest the code', () => {
    expect(findingKey('jwt.segment.base64')).toBe('jwt_segment_base64')
  })
})
