/**
 * STS receives AssumeRoleWithWebIdentity: parameter validation, the token, the IAM OIDC provider
 * for its issuer in the role's account, and the audience (shared/spec §5.3 steps 1–3).
 */
import { stated } from '../../assumptions'
import { memoizeByParts } from '../../memo'
import { findProviderForIssuer, providerArn } from '../../oidc'
import { STS_ERRORS } from '../../sts/errors'
import { STS_FINDINGS } from '../../sts/findings'
import { stsEndpoint } from '../../sts/endpoint'
import { validateRequest } from '../../sts/validateRequest'
import { tokenAudiences, tokenIssuer, type RunContext } from '../context'
import { stageStep, type Stage } from '../pipeline'
import type { IrsaStepData } from '../../steps'

/**
 * The request's validation is pure in its four parameters (all primitives): a re-run after an
 * edit elsewhere asks again, and the token's length and pattern checks read the whole token. The
 * result (findings, error, parsed ARN) is shared by the runs that ask for it and never written to.
 */
const validateRequestCached = memoizeByParts(
  (roleArn: string, roleSessionName: string, token: string, durationSeconds: number | undefined) =>
    validateRequest({
      roleArn,
      roleSessionName,
      webIdentityToken: token.trim(),
      ...(durationSeconds !== undefined ? { durationSeconds } : {}),
    }),
  (...parts) => parts,
  8,
)

export const requestStage: Stage<RunContext, IrsaStepData, 'sts.request', 'request'> = {
  id: 'sts.request',
  kind: 'sts.call',
  actor: 'sdk',
  to: 'sts',
  title: 'The SDK calls sts:AssumeRoleWithWebIdentity (unsigned)',
  needs: ['request'],
  run(ctx) {
    const { request } = ctx
    // The region's partition decides the DNS suffix: amazonaws.com.cn in aws-cn (sts/endpoint.ts).
    const regional = stsEndpoint(ctx.region)
    const validation = validateRequestCached(
      request.roleArn,
      request.roleSessionName,
      ctx.scenario.token,
      request.durationSeconds,
    )
    const refs = [
      { source: 'request' as const, pointer: '/roleArn' },
      { source: 'request' as const, pointer: '/roleSessionName' },
    ]
    const data = { endpoint: regional, ...request }
    if (!validation.ok) {
      return {
        steps: [stageStep(this, 'fail', refs, { detail: validation.error.message, data })],
        findings: validation.findings,
        error: validation.error,
      }
    }
    ctx.roleArn = validation.roleArn
    return {
      steps: [stageStep(this, 'pass', refs, { detail: `POST ${regional}/`, data })],
      findings: validation.findings,
    }
  },
}

export const tokenParseStage: Stage<RunContext, IrsaStepData, 'sts.token'> = {
  id: 'sts.token',
  kind: 'jwt.decode',
  actor: 'sts',
  title: 'STS reads the web identity token',
  run(ctx) {
    const { header, payload } = ctx.token
    if (!header || !payload) {
      return {
        steps: [
          stageStep(this, 'fail', [{ source: 'token', pointer: '' }], {
            detail: 'The token is not a readable JWT.',
          }),
        ],
        error: STS_ERRORS.malformedToken(),
      }
    }
    return {
      steps: [
        stageStep(
          this,
          'pass',
          [
            { source: 'token', pointer: '/header' },
            { source: 'token', pointer: '/payload' },
          ],
          { data: { header, payload } },
        ),
      ],
    }
  },
}

export const providerStage: Stage<RunContext, IrsaStepData, 'iam.provider', 'roleArn'> = {
  id: 'iam.provider',
  kind: 'iam.provider-lookup',
  actor: 'sts',
  to: 'iam',
  title: 'STS looks up the IAM OIDC provider for the token’s issuer',
  needs: ['roleArn'],
  run(ctx) {
    const issuer = tokenIssuer(ctx)
    const refs = [{ source: 'token' as const, pointer: '/payload/iss' }]
    if (issuer === undefined) {
      return {
        steps: [stageStep(this, 'fail', refs, { detail: 'The token has no iss claim.' })],
        findings: [
          STS_FINDINGS.make('sts.claim.missing', 'The token has no iss claim.', 'token', {
            pointer: '/payload',
            data: { claim: 'iss' },
          }),
        ],
        error: STS_ERRORS.missingClaim('iss'),
      }
    }
    const { accountId: account, partition } = ctx.roleArn
    // The providers the scenario lists belong to its account; a role in another account sees none of them.
    const providers = account === ctx.scenario.aws.accountId ? ctx.scenario.aws.oidcProviders : []
    const index = findProviderForIssuer(providers, issuer)
    const expectedArn = providerArn(account, issuer, partition)
    if (index === undefined) {
      const findings = [
        STS_FINDINGS.make(
          'sts.provider.not-found',
          account === ctx.scenario.aws.accountId
            ? `Account ${account} has no IAM OIDC provider for ${issuer}.`
            : `The role is in account ${account}; the providers listed are in ${ctx.scenario.aws.accountId}.`,
          'oidcProvider',
          {
            pointer: '',
            data:
              account === ctx.scenario.aws.accountId
                ? { variant: 'account', account, issuer }
                : { variant: 'otherAccount', account, listed: ctx.scenario.aws.accountId },
          },
        ),
      ]
      return {
        steps: [
          stageStep(this, 'fail', refs, {
            detail: `Looked for ${expectedArn}.`,
            data: { issuer, expectedArn, account },
          }),
        ],
        findings,
        error: STS_ERRORS.noProvider(issuer),
      }
    }
    const input = providers[index]!
    ctx.issuer = issuer
    ctx.provider = { index, input, arn: expectedArn }
    return {
      steps: [
        stageStep(this, 'pass', [...refs, { source: 'oidcProvider', pointer: `/${index}/url` }], {
          detail: expectedArn,
          data: { issuer, arn: expectedArn, index },
        }),
      ],
    }
  },
}

export const audienceStage: Stage<RunContext, IrsaStepData, 'sts.audience', 'provider'> = {
  id: 'sts.audience',
  kind: 'sts.audience',
  actor: 'sts',
  title: 'The token’s audience must be one of the provider’s client IDs',
  needs: ['provider'],
  run(ctx) {
    const { provider } = ctx
    const audiences = tokenAudiences(ctx)
    const refs = [
      { source: 'token' as const, pointer: '/payload/aud' },
      { source: 'oidcProvider' as const, pointer: `/${provider.index}/clientIds` },
    ]
    if (audiences === undefined || audiences.length === 0) {
      return {
        steps: [
          stageStep(this, 'fail', refs, {
            detail: 'The token has no aud claim.',
            data: { missingClaim: 'aud' },
          }),
        ],
        findings: [
          STS_FINDINGS.make('sts.claim.missing', 'The token has no aud claim.', 'token', {
            pointer: '/payload',
            data: { claim: 'aud' },
          }),
        ],
        error: STS_ERRORS.missingClaim('aud'),
      }
    }
    const sub = ctx.token.payload?.sub
    if (typeof sub !== 'string') {
      return {
        steps: [
          stageStep(this, 'fail', [{ source: 'token', pointer: '/payload' }], {
            detail: 'The token has no sub claim.',
            data: { missingClaim: 'sub' },
          }),
        ],
        findings: [
          STS_FINDINGS.make('sts.claim.missing', 'The token has no sub claim.', 'token', {
            pointer: '/payload',
            data: { claim: 'sub' },
          }),
        ],
        error: STS_ERRORS.missingClaim('sub'),
      }
    }
    const matched = audiences.find((a) => provider.input.clientIds.includes(a))
    const data = { audiences, clientIds: provider.input.clientIds, matched }
    if (matched === undefined) {
      return {
        steps: [
          stageStep(this, 'fail', refs, {
            detail: `aud ${JSON.stringify(audiences)} is not in ${JSON.stringify(provider.input.clientIds)}.`,
            data,
          }),
        ],
        findings: [
          STS_FINDINGS.make(
            'sts.audience.mismatch',
            `The provider's client IDs do not include ${audiences.join(', ')}.`,
            'token',
            { pointer: '/payload/aud', data: { aud: audiences.join(', ') } },
          ),
        ],
        error: STS_ERRORS.incorrectAudience(),
      }
    }
    ctx.audience = matched
    const step = stageStep(this, 'pass', refs, {
      detail: `aud ${matched} is a client ID of the provider.`,
      data,
      ...(audiences.length > 1 ? stated('severalAudiences') : {}),
    })
    return { steps: [step] }
  },
}
