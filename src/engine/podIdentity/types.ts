/**
 * The inputs and outputs of the EKS Pod Identity simulation (shared/spec §8). Plain,
 * JSON-serialisable data, like the IRSA Scenario and Trace it sits beside.
 */
import type { PodIdentityStep } from '../steps'
import type { Actor, RoleInput, Trace } from '../types'

/** An EKS Pod Identity association (CreatePodIdentityAssociation, API_PodIdentityAssociation). */
export interface PodIdentityAssociation {
  clusterName: string
  namespace: string
  serviceAccount: string
  roleArn: string
  /** Cross-account: EKS Auth assumes `roleArn`, then this role with the first role's session. */
  targetRoleArn?: string
  /** True: EKS Auth passes no session tags (and needs no sts:TagSession). */
  disableSessionTags?: boolean
  /** Default: derived from the association's keys, `a-` + 17 characters. */
  associationId?: string
}

/** Every input of one EKS Pod Identity run. */
export interface PodIdentityScenario {
  version: 1
  /** Evaluation instant, ISO 8601 UTC. Absent: the real clock. */
  now?: string
  cluster: {
    /** The EKS cluster name, e.g. `example-cluster`. */
    name: string
    /** `arn:aws:eks:<region>:<account>:cluster/<name>`. */
    arn: string
    /** The cluster's ServiceAccount issuer (EKS Auth verifies the token against it). */
    issuer: string
    jwks: { keys: Record<string, unknown>[] }
  }
  /** ServiceAccount manifest, YAML or JSON text. */
  serviceAccount: string
  /** Pod manifest, YAML or JSON text. Absent: a minimal pod that uses the ServiceAccount. */
  pod?: string
  /** The projected token (audience pods.eks.amazonaws.com) the agent forwards to EKS Auth. */
  token: string
  aws: {
    accountId: string
    partition?: 'aws' | 'aws-cn' | 'aws-us-gov'
    /** Default: the region of the cluster ARN. */
    region?: string
    roles: RoleInput[]
  }
  associations: PodIdentityAssociation[]
  /** Optional: one API call made with the credentials, checked against the permission policies. */
  call?: { action: string; resource: string; context?: Record<string, string | string[]> }
}

/** The JSON the agent returns to the SDK (eks-pod-identity-agent pkg/credentials/model.go). */
export interface AgentCredentials {
  AccessKeyId: string
  SecretAccessKey: string
  Token: string
  AccountId: string
  /** RFC 3339. */
  Expiration: string
}

/** Actors of this flow; 'agent' and 'eks-auth' are proposed additions to the engine's Actor. */
export type PodIdentityActor = Actor | 'agent' | 'eks-auth'

/** A Trace of the Pod Identity flow: the IRSA Trace plus what only this flow has. */
export interface PodIdentityTrace extends Trace {
  /** Typed by name (src/engine/steps.ts). */
  steps: PodIdentityStep[]
  /** With 'issued': what the agent returned to the SDK. */
  agentResponse?: AgentCredentials
  /** With 'issued' and session tags on: the tags EKS Auth set on the role session. */
  sessionTags?: Record<string, string>
  /** The association EKS Auth used, when one matched. */
  association?: PodIdentityAssociation & { associationId: string; associationArn: string }
}
