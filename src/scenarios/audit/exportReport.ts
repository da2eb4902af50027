/** The audit as the `--json` contract and as CSV (one row per role). */
import type { AccessEntry, PatternSet } from '../../engine'
import type { AuditJson, AuditReport, AuditRole } from './types'

function patternJson(set: PatternSet): AuditJson['roles'][number]['access'][number]['sub'] {
  const out: AuditJson['roles'][number]['access'][number]['sub'] = {
    match: [...set.match],
    except: [...set.except],
  }
  if (set.alsoMatch?.length) out.alsoMatch = set.alsoMatch.map((g) => [...g])
  return out
}

function accessJson(entry: AccessEntry): AuditJson['roles'][number]['access'][number] {
  const out: AuditJson['roles'][number]['access'][number] = {
    provider: entry.provider,
    sub: patternJson(entry.sub),
    aud: patternJson(entry.aud),
  }
  if (entry.requires?.length)
    out.requires = entry.requires.map((r) =>
      r.kind === 'unless-denied'
        ? { deny: r.pointer }
        : { key: r.key, operator: r.operator, values: r.values },
    )
  return out
}

/** The stable JSON contract (README, "Account audit"). */
export function reportJson(report: AuditReport): AuditJson {
  return {
    roles: report.roles.map((role) => ({
      arn: role.arn,
      access: role.subjects.entries.map(accessJson),
      findings: role.findings.map(({ code, severity, message }) => ({ code, severity, message })),
    })),
  }
}

const CSV_HEADER = ['role', 'arn', 'providers', 'service_accounts', 'highest', 'findings']

/** RFC 4180 field; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

const highest = (role: AuditRole) => role.findings[0]?.severity ?? ''

/** One row per role, risky first as the report is ordered. */
export function reportCsv(roles: readonly AuditRole[]): string {
  const rows = roles.map((role) =>
    [
      role.name,
      role.arn,
      role.providers.join(' '),
      role.serviceAccounts.join(' '),
      highest(role),
      role.findings.map((f) => f.code).join(' '),
    ].map(csvField),
  )
  return [CSV_HEADER.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n'
}
