/**
 * Evidence as a scenario: the blog post's cluster with the event's provider, subject, audience, role
 * and time, and the role's trust policy when it was pasted too — so the simulation reproduces the
 * failure. What the evidence does not give is not invented: without a trust policy an AccessDenied
 * cannot be reproduced (`undefined`, and the UI asks for `aws iam get-role`).
 */
import type { Scenario } from '../../engine'
import { subjectIdentity } from '../audit/roleScenario'
import { blogScenario, type PresetMaterial } from '../presets/blog'
import { splitPaste } from './split'
import { readEvidence, type Evidence } from './evidence'

const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/

/** Evidence in a paste of several pieces (each JSON value or text block read on its own). */
export function evidenceInPaste(text: string): Evidence[] {
  try {
    if (typeof text !== 'string' || text.length > 1_000_000) return []
    const whole = readEvidence(text)
    if (whole.length > 0) return whole
    return splitPaste(text.replace(/\r\n?/g, '\n')).flatMap((chunk) => readEvidence(chunk.text))
  } catch {
    return []
  }
}

/** Whether the evidence and the pasted trust policy are enough to reproduce the failure. */
export function canReproduce(evidence: Evidence, trustPolicy: string | undefined): boolean {
  if (!evidence.provider || !evidence.sub) return false
  return evidence.errorCode !== 'AccessDenied' || !!trustPolicy
}

export async function evidenceScenario(
  evidence: Evidence,
  trustPolicy: string | undefined,
  material: PresetMaterial,
): Promise<Scenario | undefined> {
  if (!canReproduce(evidence, trustPolicy)) return undefined
  const issuer = `https://${evidence.provider}`
  const arn = evidence.roleArn ? ROLE_ARN.exec(evidence.roleArn) : null
  const accountId = arn?.[1] ?? '123456789012'
  const roleName = arn?.[2] ?? 'example-role'
  const audience = evidence.aud ?? 'sts.amazonaws.com'
  const noProvider = /No OpenIDConnect provider found/i.test(evidence.errorMessage ?? '')
  const scenario = await blogScenario(material, {
    issuer,
    ...subjectIdentity(evidence.sub!),
    audiences: [audience],
    roleArnAnnotation: `arn:aws:iam::${accountId}:role/${roleName}`,
    accountId,
    oidcProviders: noProvider ? [] : [{ url: issuer, clientIds: [audience], thumbprints: [] }],
    ...(trustPolicy ? { trustPolicy } : {}),
  })
  scenario.cluster.issuer = issuer
  scenario.aws.roles[0]!.name = roleName
  // The role of a logged call exists in the account: a fix updates its trust policy.
  scenario.aws.roles[0]!.existing = true
  return scenario
}
