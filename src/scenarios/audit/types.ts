/**
 * The account audit: every role of an account and who (which service accounts of which OIDC
 * provider) can assume it. `AuditJson` is the stable contract `irsa-lab audit --json` prints
 * (documented in README, "Account audit").
 */
import type { SubjectSet } from '../../engine'

export type AuditSeverity = 'high' | 'medium' | 'low'

/** Finding codes of the audit; the UI has a sentence per code (i18n area `audit`). */
export type AuditFindingCode =
  | 'audit.sub.missing'
  | 'audit.sub.wildcard-equals'
  | 'audit.sub.any-namespace'
  | 'audit.sub.namespace-wide'
  | 'audit.aud.missing'
  | 'audit.principal.wildcard'
  | 'audit.provider.not-in-account'
  | 'audit.policy.size-near-limit'
  | 'audit.policy.size-over-limit'
  | 'audit.policy.unreadable'
  | 'audit.access.conditional'

export interface AuditFinding {
  code: AuditFindingCode
  severity: AuditSeverity
  /** English sentence (the CLI and the JSON contract); the UI words it from code + data. */
  message: string
  data: Record<string, string | number>
}

/** One role as read from the input. */
export interface RoleInput {
  arn: string
  name: string
  /** The trust policy: JSON text (decoded when it came URL-encoded). Empty when none was given. */
  trustPolicy: string
  /** Where it came from (a file name, or 'paste'), for messages. */
  origin: string
}

/** An OIDC provider of the account (host/path), with its client IDs when known. */
export interface ProviderInput {
  hostPath: string
  arn?: string
  clientIds?: string[]
}

/** Why (part of) an input could not be read: each has a sentence in the UI and the CLI. */
export type InputProblemCode =
  | 'input.empty'
  | 'input.too-large'
  | 'input.invalid-json'
  | 'input.not-recognised'
  | 'input.truncated-list'

export interface InputProblem {
  code: InputProblemCode
  origin: string
  message: string
  data: Record<string, string | number>
}

/** What one input (file or paste) contained. */
export interface AccountInput {
  roles: RoleInput[]
  providers: ProviderInput[]
  problems: InputProblem[]
}

/** One analysed role. */
export interface AuditRole {
  arn: string
  name: string
  trustPolicy: string
  subjects: SubjectSet
  /** The subject patterns as namespace:name where they are ServiceAccount subjects. */
  serviceAccounts: string[]
  providers: string[]
  findings: AuditFinding[]
  /** 3 high, 2 medium, 1 low, 0 none: the highest severity, for sorting. */
  risk: number
}

export interface AuditReport {
  roles: AuditRole[]
  /** Whether OIDC providers were given (else "provider not in the account" is not checked). */
  providersKnown: boolean
  problems: InputProblem[]
}

/** The `--json` contract. */
export interface AuditJson {
  roles: {
    arn: string
    access: {
      provider: string
      sub: { match: string[]; except: string[]; alsoMatch?: string[][] }
      aud: { match: string[]; except: string[]; alsoMatch?: string[][] }
      requires?: { key?: string; operator?: string; values?: unknown[]; deny?: string }[]
    }[]
    findings: { code: string; severity: AuditSeverity; message: string }[]
  }[]
}
