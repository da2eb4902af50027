import { describe, expect, it } from 'vitest'
import { discoveryDocument, discoveryUrl, jwksUri } from './discovery'
import {
  isEksIssuer,
  issuerHostPath,
  partitionFromIssuer,
  regionFromIssuer,
  validateIssuerUrl,
} from './issuer'

const EKS = 'https://oidc.eks.ap-northeast-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF'

describe('validateIssuerUrl', () => {
  it.each([
    { name: 'EKS issuer', issuer: EKS, codes: [] },
    { name: 'host only', issuer: 'https://example.com', codes: [] },
    { name: 'empty', issuer: '', codes: ['oidc.issuer.empty'] },
    { name: 'not a string', issuer: 42, codes: ['oidc.issuer.empty'] },
    { name: 'not a URL', issuer: 'kubernetes/serviceaccount', codes: ['oidc.issuer.not-url'] },
    { name: 'http', issuer: 'http://example.com', codes: ['oidc.issuer.not-https'] },
    { name: 'upper-case scheme', issuer: 'HTTPS://example.com', codes: ['oidc.issuer.not-https'] },
    { name: 'query', issuer: 'https://example.com/?a=1', codes: ['oidc.issuer.query'] },
    { name: 'fragment', issuer: 'https://example.com/x#y', codes: ['oidc.issuer.fragment'] },
    { name: 'port', issuer: 'https://example.com:8443/x', codes: ['oidc.issuer.port'] },
    {
      name: 'default port written',
      issuer: 'https://example.com:443',
      codes: ['oidc.issuer.port'],
    },
    { name: 'user info', issuer: 'https://u:p@example.com', codes: ['oidc.issuer.userinfo'] },
    { name: 'trailing slash', issuer: `${EKS}/`, codes: ['oidc.issuer.trailing-slash'] },
  ])('$name', ({ issuer, codes }) => {
    const findings = validateIssuerUrl(issuer)
    expect(findings.map((f) => f.code)).toEqual(codes)
    for (const f of findings) expect([f.source, f.pointer]).toEqual(['token', '/payload/iss'])
  })

  it('points where it is told to', () => {
    const [finding] = validateIssuerUrl('http://x', { source: 'oidcProvider', pointer: '/0/url' })
    expect([finding?.source, finding?.pointer]).toEqual(['oidcProvider', '/0/url'])
  })
})

describe('issuer helpers', () => {
  it.each([
    {
      name: 'EKS',
      issuer: EKS,
      hostPath: 'oidc.eks.ap-northeast-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF',
      region: 'ap-northeast-2',
      partition: 'aws',
      eks: true,
    },
    {
      name: 'China',
      issuer: 'https://oidc.eks.cn-north-1.amazonaws.com.cn/id/ABCDEF',
      hostPath: 'oidc.eks.cn-north-1.amazonaws.com.cn/id/ABCDEF',
      region: 'cn-north-1',
      partition: 'aws-cn',
      eks: true,
    },
    {
      name: 'GovCloud',
      issuer: 'https://oidc.eks.us-gov-west-1.amazonaws.com/id/ABC',
      hostPath: 'oidc.eks.us-gov-west-1.amazonaws.com/id/ABC',
      region: 'us-gov-west-1',
      partition: 'aws-us-gov',
      eks: true,
    },
    {
      name: 'trailing slash kept',
      issuer: 'https://example.com/',
      hostPath: 'example.com/',
      region: undefined,
      partition: undefined,
      eks: false,
    },
    {
      name: 'self-hosted S3',
      issuer: 'https://bucket.s3.us-east-1.amazonaws.com/oidc',
      hostPath: 'bucket.s3.us-east-1.amazonaws.com/oidc',
      region: undefined,
      partition: undefined,
      eks: false,
    },
    {
      name: 'no scheme',
      issuer: 'example.com',
      hostPath: 'example.com',
      region: undefined,
      partition: undefined,
      eks: false,
    },
  ])('$name', ({ issuer, hostPath, region, partition, eks }) => {
    expect(issuerHostPath(issuer)).toBe(hostPath)
    expect(regionFromIssuer(issuer)).toBe(region)
    expect(partitionFromIssuer(issuer)).toBe(partition)
    expect(isEksIssuer(issuer)).toBe(eks)
  })
})

describe('discovery', () => {
  it('serves the EKS template with the keys algorithms', () => {
    const doc = discoveryDocument(EKS, {
      keys: [{ alg: 'RS256' }, { alg: 'ES256' }, { alg: 'RS256' }, { alg: 'HS256' }],
    })
    expect(doc).toEqual({
      issuer: EKS,
      jwks_uri: `${EKS}/keys`,
      authorization_endpoint: 'urn:kubernetes:programmatic_authorization',
      response_types_supported: ['id_token'],
      subject_types_supported: ['public'],
      claims_supported: ['sub', 'iss'],
      id_token_signing_alg_values_supported: ['ES256', 'RS256'],
    })
  })

  it.each([
    { name: 'no keys', jwks: { keys: [] } },
    { name: 'not a JWKS', jwks: 'garbage' },
    { name: 'keys without alg', jwks: { keys: [{ kty: 'RSA' }, null] } },
  ])('defaults the algorithms to RS256: $name', ({ jwks }) => {
    expect(discoveryDocument(EKS, jwks).id_token_signing_alg_values_supported).toEqual(['RS256'])
  })

  it.each([
    {
      name: 'plain',
      issuer: EKS,
      discovery: `${EKS}/.well-known/openid-configuration`,
      keys: `${EKS}/keys`,
    },
    {
      name: 'trailing slash removed first',
      issuer: `${EKS}/`,
      discovery: `${EKS}/.well-known/openid-configuration`,
      keys: `${EKS}/keys`,
    },
  ])('paths: $name', ({ issuer, discovery, keys }) => {
    expect(discoveryUrl(issuer)).toBe(discovery)
    expect(jwksUri(issuer)).toBe(keys)
  })
})
