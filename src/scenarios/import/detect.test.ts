import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { combineDetections, detectPaste, fieldsOf, MAX_PASTE_LENGTH } from './detect'
import * as s from './testing/samples'

const NOW = '2026-03-02T08:05:00.000Z'

describe(detectPaste, () => {
  it.each([
    {
      name: 'kubectl create token',
      text: s.fakeToken(),
      kind: 'token',
      fields: ['token', 'issuer', 'now'],
    },
    {
      name: 'kubectl get sa -o yaml',
      text: s.SA_YAML,
      kind: 'serviceAccount',
      fields: ['serviceAccount'],
    },
    {
      name: 'kubectl get sa -o json',
      text: s.SA_JSON,
      kind: 'serviceAccount',
      fields: ['serviceAccount'],
    },
    { name: 'kubectl get pod -o yaml', text: s.POD_YAML, kind: 'pod', fields: ['pod'] },
    {
      name: 'aws iam get-role',
      text: s.GET_ROLE,
      kind: 'role',
      fields: ['roleName', 'accountId', 'maxSessionDuration', 'trustPolicy'],
    },
    {
      name: 'aws iam get-role --output yaml',
      text: s.GET_ROLE_YAML,
      kind: 'role',
      fields: ['roleName', 'accountId', 'maxSessionDuration', 'trustPolicy'],
    },
    {
      name: 'get-open-id-connect-provider',
      text: s.GET_PROVIDER,
      kind: 'oidcProvider',
      fields: ['oidcProviders'],
    },
    {
      name: 'list-open-id-connect-providers',
      text: s.LIST_PROVIDERS,
      kind: 'oidcProviderList',
      fields: ['oidcProviders'],
    },
    {
      name: 'aws eks describe-cluster',
      text: s.DESCRIBE_CLUSTER,
      kind: 'cluster',
      fields: ['issuer'],
    },
    { name: 'curl <issuer>/keys', text: s.JWKS, kind: 'jwks', fields: ['jwks'] },
    {
      name: 'get-role-policy',
      text: s.GET_ROLE_POLICY,
      kind: 'rolePolicy',
      fields: ['permissionPolicy'],
    },
    {
      name: 'get-policy-version',
      text: s.GET_POLICY_VERSION,
      kind: 'policyVersion',
      fields: ['permissionPolicy'],
    },
  ])('$name → $kind', ({ text, kind, fields }) => {
    const [found, ...rest] = detectPaste(text, { now: NOW })
    expect(rest).toEqual([])
    expect(found?.kind).toBe(kind)
    expect(fieldsOf(found!).sort()).toEqual([...fields].sort())
  })

  it('keeps manifests as printed and reads their facts', () => {
    const [sa] = detectPaste(s.SA_YAML)
    expect(sa?.patch.serviceAccount).toBe(s.SA_YAML.trim())
    expect(sa?.facts).toEqual({ name: 'uploader', namespace: 'photos', roleArn: s.ROLE_ARN })
    const [pod] = detectPaste(s.POD_YAML)
    expect(pod?.facts).toMatchObject({
      name: 'uploader-7d9f8b6c5-x2k4q',
      serviceAccount: 'uploader',
      phase: 'Running',
    })
    expect(pod?.notes).toContain('podExists')
    expect(pod?.hints?.podName).toBe('uploader-7d9f8b6c5-x2k4q')
  })

  it('reads the token as STS receives it, its issuer, and checks it at the user clock', () => {
    const token = s.fakeToken()
    const [found] = detectPaste(`Bearer ${token.slice(0, 40)}\n${token.slice(40)}\n`, { now: NOW })
    expect(found?.patch).toEqual({ token, issuer: s.ISSUER, now: NOW })
    expect(found?.facts).toMatchObject({
      subject: 'system:serviceaccount:photos:uploader',
      audience: 'sts.amazonaws.com',
    })
    const [plain] = detectPaste(token)
    expect(plain?.patch.now).toBeUndefined()
  })

  it('notes a token whose audience is not STS (a default Kubernetes token)', () => {
    const [found] = detectPaste(s.fakeToken({ aud: ['https://kubernetes.default.svc'] }))
    expect(found?.notes).toEqual(['audienceNotSts'])
  })

  it('reads the role: name, account, maximum session, trust policy', () => {
    const [role] = detectPaste(s.GET_ROLE)
    expect(role?.patch).toMatchObject({
      roleName: 'photo-uploader',
      accountId: s.ACCOUNT,
      maxSessionDuration: 7200,
    })
    expect(JSON.parse(role?.patch.trustPolicy ?? '')).toEqual(s.TRUST_POLICY)
  })

  it.each([
    {
      name: 'in get-role',
      text: s.GET_ROLE_ENCODED,
      field: 'trustPolicy',
      expected: s.TRUST_POLICY,
    },
    {
      name: 'in get-policy-version',
      text: s.GET_POLICY_VERSION,
      field: 'permissionPolicy',
      expected: s.PERMISSION_POLICY,
    },
    {
      name: 'on its own (--output text)',
      text: encodeURIComponent(JSON.stringify(s.TRUST_POLICY)),
      field: 'trustPolicy',
      expected: s.TRUST_POLICY,
    },
    {
      name: 'with + for spaces',
      // Form encoding of a document written with spaces, as Java's URLEncoder writes it.
      text: encodeURIComponent(JSON.stringify(s.PERMISSION_POLICY, null, 1)).replace(/%20/g, '+'),
      field: 'permissionPolicy',
      expected: s.PERMISSION_POLICY,
    },
  ])('decodes a URL-encoded document $name', ({ text, field, expected }) => {
    const [found] = detectPaste(text)
    expect(found?.notes).toContain('urlDecoded')
    expect(JSON.parse(String(found?.patch[field as 'trustPolicy']))).toEqual(expected)
  })

  it('reads the issuer from describe-cluster, a --query string, the bare URL, the keys URL', () => {
    const [cluster] = detectPaste(s.DESCRIBE_CLUSTER)
    expect(cluster?.patch).toEqual({ issuer: s.ISSUER })
    expect(cluster?.hints).toEqual({ clusterName: 'photos-prod', region: 'eu-west-1' })
    for (const text of [
      `"${s.ISSUER}"`,
      s.ISSUER,
      `${s.ISSUER}/keys`,
      `{"oidc": {"issuer": "${s.ISSUER}"}}`,
    ])
      expect(detectPaste(text)[0]?.patch.issuer, text).toBe(s.ISSUER)
  })

  it('splits Lists, --- streams, concatenated JSON and terminal sessions', () => {
    expect(detectPaste(s.LIST_YAML).map((d) => [d.kind, d.notes])).toEqual([
      ['serviceAccount', ['listItem']],
      ['pod', ['listItem', 'podExists']],
    ])
    expect(detectPaste(`${s.SA_YAML}---\n${s.POD_YAML}`).map((d) => d.kind)).toEqual([
      'serviceAccount',
      'pod',
    ])
    expect(detectPaste(`${s.GET_ROLE}\n${s.GET_PROVIDER}`).map((d) => d.kind)).toEqual([
      'role',
      'oidcProvider',
    ])
    const session = [
      '$ kubectl create token uploader -n photos --audience sts.amazonaws.com',
      s.fakeToken(),
      'me@laptop:~$ aws iam get-role --role-name photo-uploader',
      s.GET_ROLE,
      '❯ curl -s https://oidc.eks.eu-west-1.amazonaws.com/id/5C0FFEE1D2E3F4A5B6C7D8E9F0A1B2C3/keys',
      s.JWKS,
    ].join('\n')
    expect(detectPaste(session).map((d) => d.kind)).toEqual(['token', 'role', 'jwks'])
  })

  it('says what it could not read, with an excerpt', () => {
    expect(detectPaste('hello world')).toEqual([
      { kind: 'unknown', patch: {}, facts: { excerpt: 'hello world' }, notes: [] },
    ])
    expect(detectPaste('{"Role": {"RoleName": ')[0]).toMatchObject({
      kind: 'unknown',
      notes: ['syntax'],
    })
    expect(detectPaste('apiVersion: apps/v1\nkind: Deployment\n')[0]?.kind).toBe('unknown')
    expect(detectPaste('   \n')).toEqual([])
    expect(detectPaste('x'.repeat(MAX_PASTE_LENGTH + 1))[0]?.kind).toBe('tooLarge')
  })

  it('never throws, whatever is pasted', () => {
    const pieces = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      '---\n',
      '$ aws x\n',
      '%7B',
      '%22',
      'eyJ',
      '.',
      ': ',
      '\n',
      '- ',
      'kind: List\nitems:\n',
      '{"keys": ',
      '\\',
      '&a',
      '*a',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), pieces), { maxLength: 40 }), (parts) => {
        const found = detectPaste(parts.join(''))
        expect(Array.isArray(found)).toBe(true)
      }),
      { numRuns: 400 },
    )
    for (const hostile of [
      'a: &a [*a, *a]\nb: *a',
      `${'['.repeat(5000)}`,
      `${'- '.repeat(3000)}x`,
      '\u0000\uFFFF',
    ])
      expect(() => detectPaste(hostile)).not.toThrow()
  })
})

describe(combineDetections, () => {
  it('prefers the cluster issuer over the token iss, whatever the order', () => {
    const found = detectPaste(
      `${s.DESCRIBE_CLUSTER.replace(s.ISSUER, 'https://oidc.eks.eu-west-1.amazonaws.com/id/OTHER')}\n${s.fakeToken()}`,
    )
    expect(combineDetections(found).patch.issuer).toBe(
      'https://oidc.eks.eu-west-1.amazonaws.com/id/OTHER',
    )
  })

  it('merges providers by URL: one with client IDs wins over a bare ARN', () => {
    const { patch } = combineDetections([
      ...detectPaste(s.GET_PROVIDER),
      ...detectPaste(s.LIST_PROVIDERS),
    ])
    expect(JSON.parse(patch.oidcProviders ?? '')).toEqual([
      {
        url: s.HOST_PATH,
        clientIds: ['sts.amazonaws.com'],
        thumbprints: ['9e99a48a9960b14926bb7f3b02e22da2b0ab7280'],
      },
      { url: 'token.actions.githubusercontent.com', clientIds: [] },
    ])
  })
})
