import { describe, expect, it } from 'vitest'
import { combineDetections, detectPaste } from './detect'
import { missingPieces } from './missing'
import * as s from './testing/samples'

const imported = (...texts: string[]) => combineDetections(texts.flatMap((t) => detectPaste(t)))

describe(missingPieces, () => {
  it('with nothing imported: every piece, in the order STS needs them, with placeholders', () => {
    const pieces = missingPieces({})
    expect(pieces.map((p) => p.id)).toEqual([
      'token',
      'serviceAccount',
      'issuer',
      'jwks',
      'oidcProvider',
      'role',
      'permissionPolicy',
      'pod',
    ])
    expect(pieces.filter((p) => p.optional).map((p) => p.id)).toEqual(['permissionPolicy', 'pod'])
    expect(pieces[0]?.commands[0]).toBe(
      'kubectl create token <service-account> -n <namespace> --audience sts.amazonaws.com',
    )
    expect(pieces.every((p) => p.placeholders)).toBe(true)
  })

  it('names what the token and the ServiceAccount told us', () => {
    const { patch, hints } = imported(s.fakeToken(), s.SA_YAML)
    const pieces = missingPieces(patch, hints)
    expect(pieces.map((p) => p.id)).toEqual([
      'jwks',
      'oidcProvider',
      'role',
      'permissionPolicy',
      'pod',
    ])
    const command = (id: string) => pieces.find((p) => p.id === id)?.commands[0]
    expect(command('jwks')).toBe(`curl -s ${s.ISSUER}/keys`)
    expect(command('oidcProvider')).toBe(
      `aws iam get-open-id-connect-provider --open-id-connect-provider-arn ${s.PROVIDER_ARN}`,
    )
    expect(command('role')).toBe('aws iam get-role --role-name photo-uploader')
    expect(command('pod')).toBe('kubectl get pod uploader-7d9f8b6c5-x2k4q -n photos -o yaml')
    expect(pieces.find((p) => p.id === 'role')?.placeholders).toBe(false)
  })

  it('asks for the issuer with the cluster name and region when describe-cluster was not pasted', () => {
    expect(
      missingPieces({}, { clusterName: 'photos-prod', region: 'eu-west-1' })[2]?.commands,
    ).toEqual([
      'aws eks describe-cluster --name photos-prod --region eu-west-1 --query cluster.identity.oidc.issuer --output text',
    ])
  })

  it('asks for the client IDs of providers only listed by ARN', () => {
    const { patch } = imported(s.LIST_PROVIDERS, s.GET_ROLE)
    const piece = missingPieces(patch).find((p) => p.id === 'providerClientIds')
    expect(piece?.commands).toHaveLength(2)
    expect(piece?.commands[0]).toBe(
      `aws iam get-open-id-connect-provider --open-id-connect-provider-arn ${s.PROVIDER_ARN}`,
    )
    expect(
      missingPieces(imported(s.LIST_PROVIDERS, s.GET_PROVIDER).patch).map((p) => p.id),
    ).toContain('providerClientIds')
  })

  it('nothing left when every piece was pasted', () => {
    const { patch } = imported(
      s.fakeToken(),
      s.SA_YAML,
      s.POD_YAML,
      s.DESCRIBE_CLUSTER,
      s.JWKS,
      s.GET_PROVIDER,
      s.GET_ROLE,
      s.GET_ROLE_POLICY,
    )
    expect(missingPieces(patch)).toEqual([])
  })

  it('quotes names from the cluster that a shell would read', () => {
    const sa = s.SA_YAML.replace('name: uploader', 'name: "up\'; rm -rf ~"')
    const token = missingPieces(imported(sa).patch)[0]
    expect(token?.commands[0]).toBe(
      `kubectl create token 'up'\\''; rm -rf ~' -n photos --audience sts.amazonaws.com`,
    )
  })
})
