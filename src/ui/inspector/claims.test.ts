import { describe, expect, it } from 'vitest'
import { claimRows } from './claims'

const now = 1_800_000_000
const payload = {
  aud: ['sts.amazonaws.com'],
  exp: now + 86400 - 60,
  iat: now - 60,
  iss: 'https://oidc.eks.ap-northeast-2.amazonaws.com/id/A1B2',
  jti: 'c0ffee00-0000-4000-8000-000000000000',
  'kubernetes.io': {
    namespace: 'example',
    pod: { name: 'example-pod', uid: 'p-uid' },
    serviceaccount: { name: 'example-sa', uid: 's-uid' },
  },
  nbf: now - 60,
  sub: 'system:serviceaccount:example:example-sa',
  custom: true,
}

describe(claimRows, () => {
  const rows = claimRows(payload, now, 'en')
  const byPath = (path: string) => rows.find((r) => r.path === path)

  it('lists every claim in order, kubernetes.io followed by its members', () => {
    expect(rows.map((r) => r.path)).toEqual([
      'aud',
      'exp',
      'iat',
      'iss',
      'jti',
      'kubernetes.io',
      'kubernetes.io.namespace',
      'kubernetes.io.pod',
      'kubernetes.io.serviceaccount',
      'nbf',
      'sub',
      'custom',
    ])
    expect(byPath('kubernetes.io.pod')).toMatchObject({ depth: 1, explain: 'kubernetes.io.pod' })
  })

  it('shows values as text: strings bare, others as compact JSON', () => {
    expect(byPath('sub')?.value).toBe('system:serviceaccount:example:example-sa')
    expect(byPath('aud')?.value).toBe('["sts.amazonaws.com"]')
    expect(byPath('kubernetes.io.pod')?.value).toBe('{"name":"example-pod","uid":"p-uid"}')
  })

  it('explains known claims and leaves unknown ones unexplained', () => {
    expect(byPath('iss')?.explain).toBe('iss')
    expect(byPath('custom')?.explain).toBeUndefined()
  })

  it('gives times in UTC and relative to the scenario instant', () => {
    expect(byPath('exp')?.time).toEqual({
      utc: '2027-01-16 07:59:00 UTC',
      phraseKey: 'expiresIn',
      relative: 'in 23 hours',
      problem: false,
    })
    expect(byPath('iat')?.time).toMatchObject({ phraseKey: 'issuedPast', relative: '1 minute ago' })
  })

  it('marks an expired token and a token not valid yet', () => {
    const late = claimRows({ exp: now - 7200, nbf: now + 600 }, now, 'en')
    expect(late[0]?.time).toMatchObject({
      phraseKey: 'expiredAgo',
      relative: '2 hours ago',
      problem: true,
    })
    expect(late[1]?.time).toMatchObject({ phraseKey: 'validFromFuture', problem: true })
  })

  it('uses the given language for relative times', () => {
    expect(claimRows({ exp: now + 3600 }, now, 'ko')[0]?.time?.relative).toBe('1시간 후')
  })
})
