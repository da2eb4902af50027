/**
 * EKS Auth checks the token it is given (signature, issuer, audience, time) and finds the
 * association for its namespace and ServiceAccount (shared/spec §8, eks-auth API model).
 */
import { verifySignature } from '../../jwt'
import { selectVerificationKey } from '../../oidc'
import { stageStep, type Stage } from '../../simulate/pipeline'
import { checkTimeClaims } from '../../sts/timeClaims'
import { fnv1a32 } from '../../webhook/containerCredentials'
import { EKS_AUTH, POD_IDENTITY_AUDIENCE } from '../constants'
import { audiencesOf, claimString, type PodIdentityContext } from '../context'
import { EKS_AUTH_ERRORS } from '../errors'
import { POD_IDENTITY_FINDINGS } from '../findings'
import type { PodIdentityStepData } from '../../steps'

const { make } = POD_IDENTITY_FINDINGS

export const tokenStage: Stage<PodIdentityContext, PodIdentityStepData, 'eksauth.signature'> = {
  id: 'eksauth.signature',
  kind: 'eksauth.token',
  actor: EKS_AUTH,
  title: 'EKS Auth verifies the token was signed by this cluster',
  async run(ctx) {
    const refs = [{ source: 'token' as const, pointer: '/signature' }]
    const invalid = (
      detail: string,
      code: 'podidentity.token.signature' | 'podidentity.token.issuer',
      pointer: string,
    ) => ({
      steps: [stageStep(this, 'fail', refs, { detail })],
      findings: [make(code, detail, 'token', { pointer })],
      error: EKS_AUTH_ERRORS.invalidToken(),
    })
    if (!ctx.token.header || !ctx.token.payload)
      return invalid('The token is not a readable JWT.', 'podidentity.token.signature', '')
    const iss = ctx.token.payload.iss
    if (iss !== ctx.scenario.cluster.issuer) {
      return invalid(
        `The token's issuer ${String(iss)} is not this cluster's (${ctx.scenario.cluster.issuer}).`,
        'podidentity.token.issuer',
        '/payload/iss',
      )
    }
    const selection = selectVerificationKey(ctx.token.header, ctx.scenario.cluster.jwks)
    if (!selection.usable || !selection.key) {
      return invalid(
        `No cluster key verifies this token (${selection.reason}).`,
        'podidentity.token.signature',
        '/header/kid',
      )
    }
    const check = await verifySignature(ctx.token.compact, selection.key)
    if (!check.ok) return invalid(check.detail, 'podidentity.token.signature', '/signature')
    return {
      steps: [
        stageStep(
          this,
          'pass',
          [...refs, { source: 'jwks', pointer: `/keys/${selection.index}` }],
          {
            detail: `${check.alg} signature verified with WebCrypto.`,
            data: { alg: check.alg, kid: check.kid },
          },
        ),
      ],
    }
  },
}

export const audienceStage: Stage<PodIdentityContext, PodIdentityStepData, 'eksauth.audience'> = {
  id: 'eksauth.audience',
  kind: 'eksauth.audience',
  actor: EKS_AUTH,
  title: `EKS Auth requires the audience ${POD_IDENTITY_AUDIENCE}`,
  run(ctx) {
    const audiences = audiencesOf(ctx)
    const refs = [{ source: 'token' as const, pointer: '/payload/aud' }]
    if (!audiences.includes(POD_IDENTITY_AUDIENCE)) {
      return {
        steps: [
          stageStep(this, 'fail', refs, {
            detail: `aud is ${JSON.stringify(audiences)}.`,
            data: { audiences },
          }),
        ],
        findings: [
          make(
            'podidentity.token.audience',
            `The token's audience is not ${POD_IDENTITY_AUDIENCE}.`,
            'token',
            { pointer: '/payload/aud' },
          ),
        ],
        error: EKS_AUTH_ERRORS.invalidToken(),
      }
    }
    return { steps: [stageStep(this, 'pass', refs, { data: { audiences } })] }
  },
}

export const timeStage: Stage<PodIdentityContext, PodIdentityStepData, 'eksauth.time'> = {
  id: 'eksauth.time',
  kind: 'eksauth.time',
  actor: EKS_AUTH,
  title: 'EKS Auth checks the token has not expired',
  run(ctx) {
    const result = checkTimeClaims(ctx.token.payload ?? {}, ctx.nowSeconds)
    const refs = result.checks.map((c) => ({
      source: 'token' as const,
      pointer: `/payload/${c.claim}`,
    }))
    const failed = result.checks.find((c) => !c.ok)
    if (!failed)
      return {
        steps: [
          stageStep(this, 'pass', refs, { data: { now: ctx.nowSeconds, checks: result.checks } }),
        ],
      }
    const expired = failed.claim === 'exp' && failed.value !== undefined
    const error = expired ? EKS_AUTH_ERRORS.expired() : EKS_AUTH_ERRORS.invalidToken()
    return {
      steps: [
        stageStep(this, 'fail', refs, {
          detail: error.message,
          data: { now: ctx.nowSeconds, checks: result.checks },
        }),
      ],
      findings: [
        make(
          'podidentity.token.time',
          `The ${failed.claim} claim fails at ${ctx.nowIso}.`,
          'token',
          { pointer: `/payload/${failed.claim}` },
        ),
      ],
      error,
    }
  },
}

/** A stable association ID (`a-` + 17 lower-case letters and digits), as EKS assigns one. */
export function associationIdFor(seed: string): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  let out = ''
  for (let i = 0; out.length < 17; i++) {
    let h = fnv1a32(`${seed}#${i}`)
    for (let j = 0; j < 4 && out.length < 17; j++, h = Math.floor(h / 36)) out += alphabet[h % 36]
  }
  return `a-${out}`
}

export const associationStage: Stage<
  PodIdentityContext,
  PodIdentityStepData,
  'eksauth.association'
> = {
  id: 'eksauth.association',
  kind: 'eksauth.association',
  actor: EKS_AUTH,
  title: 'EKS Auth finds the Pod Identity association',
  run(ctx) {
    const namespace = claimString(ctx, ['kubernetes.io', 'namespace'])
    const serviceAccount = claimString(ctx, ['kubernetes.io', 'serviceaccount', 'name'])
    const refs = [{ source: 'token' as const, pointer: '/payload/kubernetes.io' }]
    if (namespace === undefined || serviceAccount === undefined) {
      return {
        steps: [
          stageStep(this, 'fail', refs, { detail: 'The token names no namespace/ServiceAccount.' }),
        ],
        findings: [
          make(
            'podidentity.token.subject-missing',
            'The token has no kubernetes.io namespace and serviceaccount claims.',
            'token',
            { pointer: '/payload' },
          ),
        ],
        error: EKS_AUTH_ERRORS.invalidToken(),
      }
    }
    ctx.subject = {
      namespace,
      serviceAccount,
      podName: claimString(ctx, ['kubernetes.io', 'pod', 'name']) ?? '',
      podUid: claimString(ctx, ['kubernetes.io', 'pod', 'uid']) ?? '',
    }
    const cluster = ctx.scenario.cluster
    const findings = ctx.scenario.associations.flatMap((a, i) =>
      a.clusterName !== cluster.name &&
      a.namespace === namespace &&
      a.serviceAccount === serviceAccount
        ? [
            make(
              'podidentity.association.other-cluster',
              `Association ${i} is for cluster ${a.clusterName}.`,
              'request',
              { pointer: `/associations/${i}/clusterName` },
            ),
          ]
        : [],
    )
    const matches = ctx.scenario.associations
      .map((a, index) => ({ a, index }))
      .filter(
        ({ a }) =>
          a.clusterName === cluster.name &&
          a.namespace === namespace &&
          a.serviceAccount === serviceAccount,
      )
    const data = { namespace, serviceAccount, cluster: cluster.name }
    const first = matches[0]
    if (!first) {
      findings.push(
        make(
          'podidentity.association.missing',
          `No association for ${namespace}/${serviceAccount} in cluster ${cluster.name}.`,
          'request',
          { pointer: '/associations' },
        ),
      )
      return {
        steps: [
          stageStep(this, 'fail', [...refs, { source: 'request', pointer: '/associations' }], {
            data,
          }),
        ],
        findings,
        error: EKS_AUTH_ERRORS.notFound(),
      }
    }
    if (matches.length > 1) {
      findings.push(
        make(
          'podidentity.association.duplicate',
          'EKS allows one association per namespace and ServiceAccount; the first is used.',
          'request',
          { pointer: `/associations/${matches[1]!.index}` },
        ),
      )
    }
    const associationId =
      first.a.associationId ??
      associationIdFor(JSON.stringify([cluster.arn, namespace, serviceAccount]))
    // arn:aws:eks:<region>:<account>:podidentityassociation/<cluster>/<id> (API_PodIdentityAssociation).
    const associationArn = `${cluster.arn.replace(/:cluster\/.*$/, ':podidentityassociation/')}${cluster.name}/${associationId}`
    ctx.association = { ...first.a, associationId, associationArn }
    return {
      steps: [
        stageStep(
          this,
          'pass',
          [...refs, { source: 'request', pointer: `/associations/${first.index}` }],
          {
            detail: `${associationId} → ${first.a.roleArn}`,
            data: { ...data, associationId, associationArn, roleArn: first.a.roleArn },
          },
        ),
      ],
      findings,
    }
  },
}
