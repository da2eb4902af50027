import { describe, expect, it } from 'vitest'
import { inAnnotations, serviceAccountSuggestions } from './annotations'

const SA = `apiVersion: v1
kind: ServiceAccount
metadata:
  name: example-sa
  annotations:
    eks.amazonaws.com/role-arn: arn
    eks
  labels:
    a: b`.split('\n')

describe(inAnnotations, () => {
  it('is true on the lines of the annotations block, including a half-typed one', () => {
    expect(inAnnotations(SA, 6)).toBe(true)
    expect(inAnnotations(SA, 7)).toBe(true)
  })

  it('is false elsewhere', () => {
    expect(inAnnotations(SA, 1)).toBe(false)
    expect(inAnnotations(SA, 4)).toBe(false)
    expect(inAnnotations(SA, 9)).toBe(false)
  })
})

describe(serviceAccountSuggestions, () => {
  it('offers every annotation the webhook reads, with the account in the ARN snippet', () => {
    const suggestions = serviceAccountSuggestions('111122223333')
    expect(suggestions.map((s) => s.label)).toEqual([
      'eks.amazonaws.com/role-arn',
      'eks.amazonaws.com/audience',
      'eks.amazonaws.com/sts-regional-endpoints',
      'eks.amazonaws.com/token-expiration',
    ])
    expect(suggestions[0]?.insertText).toBe(
      'eks.amazonaws.com/role-arn: arn:aws:iam::${1:111122223333}:role/${2:role-name}',
    )
  })

  it('falls back to a placeholder account when the account field is not 12 digits', () => {
    expect(serviceAccountSuggestions('12')[0]?.insertText).toContain('${1:123456789012}')
  })
})
