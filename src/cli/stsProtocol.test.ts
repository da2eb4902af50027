/// <reference types="node" />
import { beforeAll, describe, expect, it } from 'vitest'
import type { Scenario } from '../engine'
import { ROLE_ARN } from '../scenarios/presets/blog'
import { answerStsRequest, errorXml, readParameters } from './stsProtocol'
import { stsMaterial } from './testing'

let scenario: Scenario
beforeAll(async () => {
  scenario = (await stsMaterial()).scenario
}, 60_000)

const params = (extra: Record<string, string> = {}) =>
  readParameters(
    '',
    new URLSearchParams({
      Action: 'AssumeRoleWithWebIdentity',
      Version: '2011-06-15',
      RoleArn: ROLE_ARN,
      RoleSessionName: 'me',
      WebIdentityToken: scenario.token,
      ...extra,
    }).toString(),
  )

describe(answerStsRequest, () => {
  it('issues credentials as an AssumeRoleWithWebIdentityResponse with the request ID', async () => {
    const answer = await answerStsRequest(params({ DurationSeconds: '900' }), scenario, 'req-1')
    expect(answer.status).toBe(200)
    expect(answer.headers['x-amzn-RequestId']).toBe('req-1')
    expect(answer.body).toMatch(
      /^<AssumeRoleWithWebIdentityResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/">/,
    )
    expect(answer.body).toContain(
      '<Arn>arn:aws:sts::123456789012:assumed-role/example-role/me</Arn>',
    )
    // 900 s after the scenario's now (2026-11-29T12:01:00Z), on the wire with Z.
    expect(answer.body).toContain('<Expiration>2026-11-29T12:16:00Z</Expiration>')
    expect(answer.body).toContain('<RequestId>req-1</RequestId>')
  })

  it('uses the request’s own token, not the scenario’s', async () => {
    const answer = await answerStsRequest(params({ WebIdentityToken: 'not-a-jwt' }), scenario, 'r')
    expect([answer.status, answer.code, answer.step]).toEqual([
      400,
      'InvalidIdentityToken',
      'sts.token',
    ])
  })

  it('takes the clock it is given', async () => {
    const answer = await answerStsRequest(params(), scenario, 'r', '2027-01-01T00:00:00Z')
    expect(answer.code).toBe('ExpiredTokenException')
  })

  it('refuses another operation or version with InvalidAction', async () => {
    const cases: Record<string, string>[] = [
      { Action: 'GetCallerIdentity' },
      { Version: '2099-01-01' },
      { Action: '' },
    ]
    for (const extra of cases) {
      const answer = await answerStsRequest(params(extra), scenario, 'r')
      expect([answer.status, answer.code, answer.outcome]).toEqual([
        400,
        'InvalidAction',
        'rejected',
      ])
    }
  })

  it('names every missing required member in one ValidationError', async () => {
    const p = params()
    p.delete('RoleSessionName')
    p.delete('WebIdentityToken')
    const answer = await answerStsRequest(p, scenario, 'r')
    expect(answer.status).toBe(400)
    expect(answer.body).toContain(
      "<Message>2 validation errors detected: Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null; Value null at 'webIdentityToken' failed to satisfy constraint: Member must not be null</Message>",
    )
  })

  it('refuses a DurationSeconds that is not an integer', async () => {
    const answer = await answerStsRequest(params({ DurationSeconds: 'abc' }), scenario, 'r')
    expect([answer.status, answer.code]).toEqual([400, 'ValidationError'])
  })

  it('reads parameters from the query string too (GET)', async () => {
    const query = `?${new URLSearchParams([...params()]).toString()}`
    const answer = await answerStsRequest(readParameters(query, ''), scenario, 'r')
    expect(answer.status).toBe(200)
  })
})

describe(errorXml, () => {
  it('escapes markup, keeps quotes and says who is at fault', () => {
    const xml = errorXml({ code: 'X', message: `a < b & 'c' "d"`, httpStatus: 400 }, 'id')
    expect(xml).toContain(`<Message>a &lt; b &amp; 'c' "d"</Message>`)
    expect(xml).toContain('<Type>Sender</Type>')
    expect(errorXml({ code: 'InternalFailure', message: 'm', httpStatus: 500 }, 'id')).toContain(
      '<Type>Receiver</Type>',
    )
  })
})
