/**
 * The peer engine: @cloud-copilot/iam-simulate (dev dependency, exact version in package.json; only
 * the bench imports it, the app never bundles it). Its public `runUnsafeSimulation` loads a
 * resource policy without the metadata its core reads (0.1.173 throws "Cannot read properties of
 * undefined (reading 'name')"), so the bench calls the same core, `authorize`, as that function
 * does, with the policy loaded once (parsing is not counted on its side; ours reads its parsed
 * policy from the text cache).
 */
import { loadPolicy } from '@cloud-copilot/iam-policy'
import { DiscoveryContextKeyConstraints } from '../../node_modules/@cloud-copilot/iam-simulate/dist/esm/context_keys/discoveryContextKeyConstraints.js'
import { authorize } from '../../node_modules/@cloud-copilot/iam-simulate/dist/esm/core_engine/CoreSimulatorEngine.js'
import { AwsRequestImpl } from '../../node_modules/@cloud-copilot/iam-simulate/dist/esm/request/request.js'
import { RequestContextImpl } from '../../node_modules/@cloud-copilot/iam-simulate/dist/esm/requestContext.js'
import type { PolicyDecisionKind } from '../../src/engine'

/** A trust-policy request as both engines take it. */
export interface PeerRequest {
  federated: string
  roleArn: string
  context: Record<string, string | string[]>
}

type Loaded = ReturnType<typeof loadPolicy>

/** Loads a trust policy (JSON text) once, for {@link peerDecision}. */
export function loadTrustPolicy(text: string): Loaded {
  return loadPolicy(JSON.parse(text) as never, { name: 'trust' })
}

const DECISIONS: Record<string, PolicyDecisionKind> = {
  Allowed: 'Allow',
  ExplicitlyDenied: 'ExplicitDeny',
  ImplicitlyDenied: 'ImplicitDeny',
}

/**
 * The peer's decision for sts:AssumeRoleWithWebIdentity under a trust policy (the role's resource
 * policy), in our vocabulary; anything else it answers is returned as is, and fails the agreement
 * check.
 */
export function peerDecision(policy: Loaded, request: PeerRequest): string {
  const accountId = request.roleArn.split(':')[4] ?? ''
  const aws = new AwsRequestImpl(
    request.federated,
    { resource: request.roleArn, accountId },
    'sts:AssumeRoleWithWebIdentity',
    new RequestContextImpl(request.context),
  )
  const analysis = authorize({
    request: aws,
    sessionPolicy: undefined,
    identityPolicies: [],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: policy as never,
    permissionBoundaries: undefined,
    vpcEndpointPolicies: undefined,
    simulationParameters: {
      simulationMode: 'Strict',
      discoveryContextKeyConstraints: new DiscoveryContextKeyConstraints([]),
    },
    serviceSettings: { s3: { blockPublicAccess: undefined } },
  } as never)
  return DECISIONS[analysis.result] ?? String(analysis.result)
}
