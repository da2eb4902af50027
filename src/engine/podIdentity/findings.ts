/**
 * Finding codes of the EKS Pod Identity simulation (shared/spec §8). Consumers switch on the code.
 */
import { defineFindings } from '../finding'

/** The Pod Identity module's finding registry and factory. */
export const POD_IDENTITY_FINDINGS = defineFindings({
  /** The scenario has a missing or mistyped field; an empty value is used instead. */
  'podidentity.scenario.invalid': { severity: 'error' },
  /** No association for this cluster, namespace and ServiceAccount. */
  'podidentity.association.missing': { severity: 'error' },
  /** Several associations match: EKS allows one per namespace/ServiceAccount. */
  'podidentity.association.duplicate': { severity: 'warning' },
  /** An association names another cluster: it does not apply here. */
  'podidentity.association.other-cluster': { severity: 'info' },
  /** The pod already exists: the webhook only mutates at creation. */
  'podidentity.pod.existing-not-mutated': { severity: 'warning' },
  /** The container has no AWS_CONTAINER_CREDENTIALS_FULL_URI / token file: no container credentials. */
  'podidentity.sdk.no-container-credentials': { severity: 'error' },
  /** AWS_ROLE_ARN + AWS_WEB_IDENTITY_TOKEN_FILE are also set: SDKs use web identity first. */
  'podidentity.sdk.web-identity-first': { severity: 'warning' },
  /** The full URI's host is not one the container credential provider accepts. */
  'podidentity.sdk.host-not-allowed': { severity: 'error' },
  /** The token's audience is not pods.eks.amazonaws.com. */
  'podidentity.token.audience': { severity: 'error' },
  /** The token's sub is not the pod's ServiceAccount. */
  'podidentity.token.subject-mismatch': { severity: 'warning' },
  /** The token was not issued by this cluster's issuer. */
  'podidentity.token.issuer': { severity: 'error' },
  /** The token's signature does not verify with the cluster's keys. */
  'podidentity.token.signature': { severity: 'error' },
  /** The token is expired (or not yet valid, or has no exp). */
  'podidentity.token.time': { severity: 'error' },
  /** The token names no namespace/ServiceAccount EKS Auth can read. */
  'podidentity.token.subject-missing': { severity: 'error' },
  /** The association's role is not among the scenario's roles. */
  'podidentity.role.not-found': { severity: 'error' },
  /** The trust policy does not allow pods.eks.amazonaws.com one of the required actions. */
  'podidentity.trust.denied': { severity: 'error' },
  /** A defect in the simulator itself, caught so that it never throws. */
  'podidentity.internal-error': { severity: 'error' },
  /** The trust policy has no statement for the pods.eks.amazonaws.com service principal. */
  'podidentity.trust.no-service-principal': { severity: 'warning' },
})

/** Every Pod Identity finding code. */
export type PodIdentityFindingCode = keyof typeof POD_IDENTITY_FINDINGS.definitions
