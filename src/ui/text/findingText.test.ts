import { describe, expect, it } from 'vitest'
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

  it('turns dots into underscores so i18next does not nest the code', () => {
    expect(findingKey('jwt.segment.base64')).toBe('jwt_segment_base64')
  })
})
