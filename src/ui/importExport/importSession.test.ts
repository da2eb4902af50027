import { describe, expect, it } from 'vitest'
import { detectPaste } from '../../scenarios/import/detect'
import * as s from '../../scenarios/import/testing/samples'
import { fieldsFilled, patchToApply, stillMissing } from './importSession'

describe('import session', () => {
  it('lists the fields a paste fills, in the draft order', () => {
    expect(fieldsFilled(detectPaste(`${s.GET_ROLE}\n${s.fakeToken()}`, { now: 'x' }))).toEqual([
      'token',
      'issuer',
      'accountId',
      'roleName',
      'maxSessionDuration',
      'trustPolicy',
      'now',
    ])
  })

  it('applies only the pending fields, merged with what was applied before', () => {
    const applied = detectPaste(s.DESCRIBE_CLUSTER)
    const patch = patchToApply(
      applied,
      detectPaste(s.fakeToken({ iss: 'https://elsewhere.example' })),
    )
    // The cluster's issuer stands: STS would look for the token's issuer and not find it.
    expect(patch).toEqual({ token: expect.any(String), issuer: s.ISSUER })
    const providers = patchToApply(detectPaste(s.LIST_PROVIDERS), detectPaste(s.GET_PROVIDER))
    expect(JSON.parse(providers.oidcProviders ?? '[]')).toHaveLength(2)
  })

  it('the missing pieces shrink as pieces are applied', () => {
    expect(stillMissing([])).toHaveLength(8)
    expect(stillMissing(detectPaste(`${s.fakeToken()}\n${s.JWKS}`)).map((p) => p.id)).toEqual([
      'serviceAccount',
      'oidcProvider',
      'role',
      'permissionPolicy',
      'pod',
    ])
  })
})
