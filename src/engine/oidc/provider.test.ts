import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { OidcProviderInput } from '../types'
import {
  findProviderForIssuer,
  lookupProvider,
  normalizeProviderUrl,
  providerArn,
  validateProvider,
} from './provider'

const HOST_PATH = 'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E'
const ISSUER = `https://${HOST_PATH}`
const THUMB = '9e99a48a9960b14926bb7f3b02e22da2b0ab7280'
const provider = (url: string, clientIds = ['sts.amazonaws.com']): OidcProviderInput => ({
  url,
  clientIds,
})

describe('providerArn and normalizeProviderUrl', () => {
  it.each([
    {
      name: 'with https://',
      url: ISSUER,
      partition: undefined,
      arn: `arn:aws:iam::111122223333:oidc-provider/${HOST_PATH}`,
    },
    {
      name: 'without https://',
      url: HOST_PATH,
      partition: undefined,
      arn: `arn:aws:iam::111122223333:oidc-provider/${HOST_PATH}`,
    },
    {
      name: 'China partition',
      url: 'https://oidc.eks.cn-north-1.amazonaws.com.cn/id/AB',
      partition: 'aws-cn',
      arn: 'arn:aws-cn:iam::111122223333:oidc-provider/oidc.eks.cn-north-1.amazonaws.com.cn/id/AB',
    },
    {
      name: 'trailing slash kept',
      url: 'https://example.com/',
      partition: undefined,
      arn: 'arn:aws:iam::111122223333:oidc-provider/example.com/',
    },
  ])('$name', ({ url, partition, arn }) => {
    expect(providerArn('111122223333', url, partition)).toBe(arn)
    expect(normalizeProviderUrl(url)).toBe(arn.split('oidc-provider/')[1])
  })
})

describe('lookupProvider', () => {
  it.each([
    {
      name: 'URL with https://',
      providers: [provider('https://other.example.com'), provider(ISSUER)],
      issuer: ISSUER,
      index: 1,
      nearMiss: undefined,
    },
    {
      name: 'URL as get-open-id-connect-provider prints it',
      providers: [provider(HOST_PATH)],
      issuer: ISSUER,
      index: 0,
      nearMiss: undefined,
    },
    { name: 'no provider', providers: [], issuer: ISSUER, index: undefined, nearMiss: undefined },
    {
      name: 'another cluster',
      providers: [provider('oidc.eks.us-west-2.amazonaws.com/id/OTHER')],
      issuer: ISSUER,
      index: undefined,
      nearMiss: undefined,
    },
    {
      name: 'provider has a trailing slash, iss not',
      providers: [provider(`${HOST_PATH}/`)],
      issuer: ISSUER,
      index: undefined,
      nearMiss: { index: 0, reason: 'trailing-slash' },
    },
    {
      name: 'iss has a trailing slash, provider not',
      providers: [provider(HOST_PATH)],
      issuer: `${ISSUER}/`,
      index: undefined,
      nearMiss: { index: 0, reason: 'trailing-slash' },
    },
    {
      name: 'both have the trailing slash',
      providers: [provider(`${HOST_PATH}/`)],
      issuer: `${ISSUER}/`,
      index: 0,
      nearMiss: undefined,
    },
    {
      name: 'case differs',
      providers: [provider(HOST_PATH.toLowerCase())],
      issuer: ISSUER,
      index: undefined,
      nearMiss: { index: 0, reason: 'case' },
    },
    {
      name: 'iss without https',
      providers: [provider(HOST_PATH)],
      issuer: `http://${HOST_PATH}`,
      index: undefined,
      nearMiss: { index: 0, reason: 'scheme' },
    },
  ])('$name', ({ providers, issuer, index, nearMiss }) => {
    expect(lookupProvider(providers, issuer)).toEqual({
      ...(index !== undefined ? { index } : {}),
      ...(nearMiss ? { nearMiss } : {}),
    })
    expect(findProviderForIssuer(providers, issuer)).toBe(index)
  })

  it('never throws on odd providers', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.string(), (providers, issuer) => {
        const result = lookupProvider(providers as unknown as OidcProviderInput[], issuer)
        expect(typeof result).toBe('object')
      }),
    )
  })
})

describe('validateProvider', () => {
  it.each([
    {
      name: 'EKS provider',
      value: { url: ISSUER, clientIds: ['sts.amazonaws.com'] },
      expected: [],
    },
    {
      name: 'URL without scheme',
      value: { url: HOST_PATH, clientIds: ['sts.amazonaws.com'] },
      expected: [],
    },
    { name: 'not an object', value: 'x', expected: [['oidc.provider.not-object', '']] },
    {
      name: 'no URL',
      value: { clientIds: ['a'] },
      expected: [['oidc.provider.url-missing', '/url']],
    },
    {
      name: 'http URL',
      value: { url: 'http://example.com', clientIds: ['a'] },
      expected: [['oidc.provider.url-not-https', '/url']],
    },
    {
      name: 'URL with query',
      value: { url: 'https://example.com?x', clientIds: ['a'] },
      expected: [['oidc.provider.url-query', '/url']],
    },
    {
      name: 'URL with fragment',
      value: { url: 'https://example.com#x', clientIds: ['a'] },
      expected: [['oidc.provider.url-fragment', '/url']],
    },
    {
      name: 'URL with port',
      value: { url: 'example.com:8443/x', clientIds: ['a'] },
      expected: [['oidc.provider.url-port', '/url']],
    },
    {
      name: 'URL too long',
      value: { url: `https://example.com/${'a'.repeat(240)}`, clientIds: ['a'] },
      expected: [['oidc.provider.url-length', '/url']],
    },
    {
      name: 'no client ID list',
      value: { url: ISSUER },
      expected: [['oidc.provider.client-ids-missing', '/clientIds']],
    },
    {
      name: 'empty client ID list',
      value: { url: ISSUER, clientIds: [] },
      expected: [['oidc.provider.client-ids-empty', '/clientIds']],
    },
    {
      name: '101 client IDs',
      value: { url: ISSUER, clientIds: Array.from({ length: 101 }, (_, i) => `c${i}`) },
      expected: [['oidc.provider.client-ids-too-many', '/clientIds']],
    },
    {
      name: 'empty client ID',
      value: { url: ISSUER, clientIds: ['sts.amazonaws.com', ''] },
      expected: [['oidc.provider.client-id-invalid', '/clientIds/1']],
    },
    {
      name: 'client ID too long',
      value: { url: ISSUER, clientIds: ['x'.repeat(256)] },
      expected: [['oidc.provider.client-id-invalid', '/clientIds/0']],
    },
    {
      name: 'duplicate client ID',
      value: { url: ISSUER, clientIds: ['a', 'a'] },
      expected: [['oidc.provider.client-id-duplicate', '/clientIds/1']],
    },
    {
      name: 'thumbprints kept, not decisive',
      value: { url: ISSUER, clientIds: ['a'], thumbprints: [THUMB] },
      expected: [['oidc.provider.thumbprints-not-decisive', '/thumbprints']],
    },
    {
      name: 'bad thumbprint',
      value: { url: ISSUER, clientIds: ['a'], thumbprints: [THUMB, 'abc'] },
      expected: [
        ['oidc.provider.thumbprint-invalid', '/thumbprints/1'],
        ['oidc.provider.thumbprints-not-decisive', '/thumbprints'],
      ],
    },
    {
      name: 'six thumbprints',
      value: { url: ISSUER, clientIds: ['a'], thumbprints: Array(6).fill(THUMB) },
      expected: [
        ['oidc.provider.thumbprints-too-many', '/thumbprints'],
        ['oidc.provider.thumbprints-not-decisive', '/thumbprints'],
      ],
    },
    {
      name: 'thumbprints not a list',
      value: { url: ISSUER, clientIds: ['a'], thumbprints: THUMB },
      expected: [['oidc.provider.thumbprints-invalid', '/thumbprints']],
    },
  ])('$name', ({ value, expected }) => {
    const findings = validateProvider(value)
    expect(findings.map((f) => [f.code, f.pointer])).toEqual(expected)
    for (const f of findings) expect(f.source).toBe('oidcProvider')
  })

  it.each([
    { name: 'an index', at: 2 },
    { name: 'a pointer', at: '/2' },
  ])('prefixes pointers for one provider of several: $name', ({ at }) => {
    const [finding] = validateProvider({ url: ISSUER, clientIds: [''] }, at)
    expect(finding?.pointer).toBe('/2/clientIds/0')
  })
})
