/**
 * EKS Auth assumes the association's role for the pod: the trust policy must let the service
 * principal pods.eks.amazonaws.com call sts:AssumeRole and, with session tags, sts:TagSession
 * (shared/spec §8; EKS User Guide pod-id-role, pod-id-abac).
 */
import { evaluatePolicy } from '../../iam'
import { MissingInputError, stageStep, type Stage, type WithNeeds } from '../../simulate/pipeline'
import { formatRoleArn, parseRoleArn, type RoleArn } from '../../sts/arn'
import { deriveCredentials, roleIdFor } from '../../sts/credentials'
import type { Finding, PolicyRequest, RoleInput } from '../../types'
import { fnv1a32 } from '../../webhook/containerCredentials'
import {
  AGENT,
  EKS_AUTH,
  POD_IDENTITY_ACTIONS,
  POD_IDENTITY_ASSUMPTIONS,
  POD_IDENTITY_CREDENTIALS_SECONDS,
  POD_IDENTITY_SERVICE,
  SESSION_TAG_KEYS,
} from '../constants'
import type { PodIdentityContext } from '../context'
import { EKS_AUTH_ERRORS } from '../errors'
import { POD_IDENTITY_FINDINGS } from '../findings'
import { STEP_KINDS, type PodIdentityStep, type PodIdentityStepData } from '../../steps'

const { make } = POD_IDENTITY_FINDINGS

/** The role a role ARN names, looked up by name and path among the scenario's roles. */
function findRole(
  ctx: PodIdentityContext,
  arn: RoleArn,
): { index: number; input: RoleInput } | undefined {
  const index = ctx.scenario.aws.roles.findIndex(
    (r) => r.name === arn.name && (r.path ?? '/') === arn.path,
  )
  return index < 0 ? undefined : { index, input: ctx.scenario.aws.roles[index]! }
}

/** The session tags EKS Auth sets (pod-id-abac), from the cluster and the token's claims. */
export function sessionTagsFor(
  ctx: WithNeeds<PodIdentityContext, 'subject'>,
): Record<string, string> {
  const s = ctx.subject
  const values = [
    ctx.scenario.cluster.arn,
    ctx.scenario.cluster.name,
    s.namespace,
    s.serviceAccount,
    s.podName,
    s.podUid,
  ]
  return Object.fromEntries(SESSION_TAG_KEYS.map((key, i) => [key, values[i]!]))
}

/** The trust-policy request context: the tags as aws:RequestTag/…, aws:TagKeys, sts:TransitiveTagKeys. */
export function trustContext(
  tags: Record<string, string> | undefined,
  nowIso: string,
  nowSeconds: number,
): PolicyRequest['context'] {
  const context: PolicyRequest['context'] = {
    'aws:CurrentTime': nowIso,
    'aws:EpochTime': String(nowSeconds),
  }
  if (!tags) return context
  for (const [key, value] of Object.entries(tags)) context[`aws:RequestTag/${key}`] = value
  context['aws:TagKeys'] = Object.keys(tags)
  // All six tags are transitive (spec §8).
  context['sts:TransitiveTagKeys'] = Object.keys(tags)
  return context
}

/** Evaluates one role's trust policy for every required action; steps prefixed by `idPrefix`. */
function evaluateTrust(
  ctx: PodIdentityContext,
  role: { index: number; input: RoleInput },
  principal: NonNullable<PolicyRequest['principal']>,
  idPrefix: 'trust.action' | 'trust.target-action',
): { steps: PodIdentityStep[]; findings: Finding[]; deniedAction?: string } {
  const tags = ctx.association?.disableSessionTags ? undefined : ctx.sessionTags
  const actions = [
    POD_IDENTITY_ACTIONS.assumeRole,
    ...(tags ? [POD_IDENTITY_ACTIONS.tagSession] : []),
  ]
  const context = trustContext(tags, ctx.nowIso, ctx.nowSeconds)
  const steps: PodIdentityStep[] = []
  const findings: Finding[] = []
  let deniedAction: string | undefined
  actions.forEach((action, i) => {
    const decision = evaluatePolicy(
      role.input.trustPolicy,
      { action, principal, context },
      { source: 'trustPolicy' },
    )
    if (i === 0) findings.push(...decision.findings)
    const allowed = decision.decision === 'Allow'
    if (!allowed) deniedAction ??= action
    const statement = decision.statements.find((s) => s.matched) ?? decision.statements[0]
    steps.push({
      id: `${idPrefix}.${action}`,
      name: idPrefix,
      kind: STEP_KINDS[idPrefix],
      actor: 'iam',
      status: allowed ? 'pass' : 'fail',
      title: `${action} for ${principal.service ?? principal.aws ?? '?'}`,
      detail: decision.decision,
      refs: [{ source: 'trustPolicy', pointer: statement?.pointer ?? '' }],
      data: {
        action,
        decision: decision.decision,
        principal,
        context,
        statements: decision.statements,
      },
    })
  })
  return { steps, findings, deniedAction }
}

export const roleStage: Stage<
  PodIdentityContext,
  PodIdentityStepData,
  'trust.evaluate',
  'association' | 'subject'
> = {
  id: 'trust.evaluate',
  kind: 'trust.decision',
  actor: EKS_AUTH,
  to: 'iam',
  title: 'EKS Auth assumes the role: IAM evaluates its trust policy',
  needs: ['association', 'subject'],
  run(ctx) {
    const { association } = ctx
    ctx.sessionTags = association.disableSessionTags ? undefined : sessionTagsFor(ctx)
    const findings: Finding[] = []
    const steps: PodIdentityStep[] = []
    const chain = [
      association.roleArn,
      ...(association.targetRoleArn ? [association.targetRoleArn] : []),
    ]
    let principal: NonNullable<PolicyRequest['principal']> = { service: POD_IDENTITY_SERVICE }
    let assumed: { arn: RoleArn; input: RoleInput } | undefined
    for (const [hop, text] of chain.entries()) {
      const arn = parseRoleArn(text)
      const role = arn && findRole(ctx, arn)
      const pointer = hop === 0 ? '/roleArn' : '/targetRoleArn'
      if (!arn || !role) {
        steps.push({
          id: `trust.role.${hop}`,
          name: 'trust.role',
          kind: STEP_KINDS['trust.role'],
          actor: this.actor,
          status: 'fail',
          title: this.title,
          detail: `No role ${text}.`,
          refs: [{ source: 'request', pointer: '/associations' }],
          ...(this.to ? { to: this.to } : {}),
        })
        findings.push(
          make('podidentity.role.not-found', `The scenario has no role ${text}.`, 'request', {
            pointer: `/associations${pointer}`,
          }),
        )
        return {
          steps,
          findings,
          error: EKS_AUTH_ERRORS.accessDenied(POD_IDENTITY_ACTIONS.assumeRole),
        }
      }
      const result = evaluateTrust(
        ctx,
        role,
        principal,
        hop === 0 ? 'trust.action' : 'trust.target-action',
      )
      if (hop === 0 && !role.input.trustPolicy.includes(POD_IDENTITY_SERVICE)) {
        findings.push(
          make(
            'podidentity.trust.no-service-principal',
            `The trust policy never names ${POD_IDENTITY_SERVICE}.`,
            'trustPolicy',
            { pointer: '' },
          ),
        )
      }
      steps.push(...result.steps)
      findings.push(...result.findings)
      if (result.deniedAction) {
        findings.push(
          make(
            'podidentity.trust.denied',
            `The trust policy does not allow ${result.deniedAction}.`,
            'trustPolicy',
            { pointer: '' },
          ),
        )
        steps.push(
          stageStep(this, 'fail', [{ source: 'trustPolicy', pointer: '' }], {
            detail: `Denied: ${result.deniedAction}.`,
          }),
        )
        return { steps, findings, error: EKS_AUTH_ERRORS.accessDenied(result.deniedAction) }
      }
      assumed = { arn, input: role.input }
      ctx.role = assumed
      principal = { aws: formatRoleArn(arn) }
    }
    if (!assumed) throw new MissingInputError(this.id, 'role')
    steps.push(
      stageStep(this, 'pass', [{ source: 'trustPolicy', pointer: '' }], {
        detail: 'Allow',
        data: { roleArn: formatRoleArn(assumed.arn), sessionTags: ctx.sessionTags },
        ...(association.targetRoleArn
          ? { assumptions: [POD_IDENTITY_ASSUMPTIONS.targetRole] }
          : {}),
      }),
    )
    return { steps, findings }
  },
}

/** A UUID-shaped string derived from `seed` (the real session name carries a random UUID). */
function derivedUuid(seed: string): string {
  const hex = [0, 1, 2, 3]
    .map((i) => fnv1a32(`${seed}#${i}`).toString(16).padStart(8, '0'))
    .join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

export const credentialsStage: Stage<
  PodIdentityContext,
  PodIdentityStepData,
  'eksauth.credentials',
  'role' | 'subject' | 'association'
> = {
  id: 'eksauth.credentials',
  kind: 'eksauth.credentials',
  actor: EKS_AUTH,
  to: AGENT,
  title: 'EKS Auth returns temporary credentials with session tags',
  needs: ['role', 'subject', 'association'],
  run(ctx) {
    const { arn } = ctx.role
    const roleArn = formatRoleArn(arn)
    const cluster = ctx.scenario.cluster.name
    const uuid = derivedUuid(JSON.stringify([ctx.token.compact, roleArn]))
    // RoleSessionName allows 64 characters: the documented eks-<cluster>-<pod>-<uuid> is cut there.
    ctx.sessionName = `eks-${cluster}-${ctx.subject.podName}-${uuid}`.slice(0, 64)
    const credentials = deriveCredentials(
      JSON.stringify([ctx.token.compact, roleArn, ctx.sessionName, ctx.nowSeconds]),
    )
    const expiration = new Date(
      (ctx.nowSeconds + POD_IDENTITY_CREDENTIALS_SECONDS) * 1000,
    ).toISOString()
    ctx.assumedRoleArn = `arn:${arn.partition}:sts::${arn.accountId}:assumed-role/${arn.name}/${ctx.sessionName}`
    ctx.agentResponse = {
      AccessKeyId: credentials.AccessKeyId,
      SecretAccessKey: credentials.SecretAccessKey,
      Token: credentials.SessionToken,
      AccountId: arn.accountId,
      Expiration: expiration,
    }
    const a = ctx.association
    const response = {
      subject: { namespace: ctx.subject.namespace, serviceAccount: ctx.subject.serviceAccount },
      audience: 'pods.eks.amazonaws.com',
      podIdentityAssociation: { associationArn: a.associationArn, associationId: a.associationId },
      assumedRoleUser: {
        arn: ctx.assumedRoleArn,
        assumeRoleId: `${roleIdFor(roleArn)}:${ctx.sessionName}`,
      },
      credentials: {
        accessKeyId: credentials.AccessKeyId,
        secretAccessKey: credentials.SecretAccessKey,
        sessionToken: credentials.SessionToken,
        expiration,
      },
    }
    return {
      steps: [
        stageStep(this, 'pass', [], {
          detail: `Valid until ${expiration}.`,
          data: { response, sessionTags: ctx.sessionTags ?? null, sessionName: ctx.sessionName },
          assumptions: [
            POD_IDENTITY_ASSUMPTIONS.credentialsLifetime,
            POD_IDENTITY_ASSUMPTIONS.sessionName,
          ],
        }),
      ],
    }
  },
}

export const agentResponseStage: Stage<
  PodIdentityContext,
  PodIdentityStepData,
  'agent.response',
  'agentResponse'
> = {
  id: 'agent.response',
  kind: 'agent.response',
  actor: AGENT,
  to: 'sdk',
  title: 'The agent hands the credentials to the SDK',
  needs: ['agentResponse'],
  run(ctx) {
    return {
      steps: [
        stageStep(this, 'pass', [], {
          detail: `Expiration ${ctx.agentResponse.Expiration}.`,
          data: { body: ctx.agentResponse },
        }),
      ],
    }
  },
}
