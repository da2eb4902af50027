import { describe, expect, it } from 'vitest'
import { deriveCredentials, formatCliTimestamp, roleIdFor } from './credentials'

describe(deriveCredentials, () => {
  it('has the shapes of real STS credentials', () => {
    const c = deriveCredentials('seed')
    expect(c.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(c.SecretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/)
    expect(c.SessionToken.length).toBeGreaterThan(300)
  })

  it('is deterministic per seed and differs across seeds', () => {
    expect(deriveCredentials('a')).toEqual(deriveCredentials('a'))
    expect(deriveCredentials('a').AccessKeyId).not.toBe(deriveCredentials('b').AccessKeyId)
  })

  it('gives each role a stable AROA id', () => {
    const id = roleIdFor('arn:aws:iam::123456789012:role/example-role')
    expect(id).toMatch(/^AROA[A-Z2-7]{17}$/)
    expect(roleIdFor('arn:aws:iam::123456789012:role/example-role')).toBe(id)
  })
})

describe(formatCliTimestamp, () => {
  it('prints ISO 8601 with +00:00, as the AWS CLI does', () => {
    expect(formatCliTimestamp(1_700_003_600)).toBe('2023-11-14T23:13:20+00:00')
  })
})
