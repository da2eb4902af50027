/// <reference types="node" />
/**
 * `irsa-lab audit FILE…`: who can assume every role of an account, and what is risky about it.
 * Reads `aws iam get-account-authorization-details`, `list-roles` or `get-role` output, trust-policy
 * files (a folder of them too) and `aws iam list-open-id-connect-providers` output. Prints a table,
 * or with `--json` the stable contract of README "Account audit". Exit code: 0, or 1 when a finding
 * at or above `--fail-on` exists (for CI and Terraform plan checks), 2 for bad input.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import {
  auditAccount,
  mergeAccountInputs,
  readAccountInput,
  reportJson,
  type AccountInput,
  type AuditSeverity,
} from '../scenarios/audit'
import { EXIT_BAD_INPUT, type CliIo } from './command'

const SEVERITIES: readonly AuditSeverity[] = ['high', 'medium', 'low']
const RANK: Record<AuditSeverity, number> = { high: 3, medium: 2, low: 1 }
/** Exit code when a finding at or above --fail-on exists. */
export const EXIT_FINDINGS = 1

export const HELP = `usage: irsa-lab audit FILE|FOLDER… [--fail-on high|medium|low] [--json]

Reads aws iam get-account-authorization-details, list-roles or get-role output (policy documents
as objects or URL-encoded), trust-policy JSON files (a folder: every *.json in it), and
aws iam list-open-id-connect-providers output; '-' reads standard input.

  --fail-on SEVERITY  exit 1 when a finding of this severity or higher exists
  --json              print {"roles":[{"arn","access":[{"provider","sub","aud"}],"findings"}]}
`

interface Options {
  files: string[]
  failOn?: AuditSeverity
  json: boolean
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { files: [], json: false }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--json') options.json = true
    else if (arg === '--fail-on' || arg.startsWith('--fail-on=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i]
      if (!SEVERITIES.includes(value as AuditSeverity))
        return `--fail-on takes high, medium or low (got '${value ?? ''}')`
      options.failOn = value as AuditSeverity
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option '${arg}'`
    else options.files.push(arg)
  }
  if (options.files.length === 0) return 'no input file'
  return options
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

async function readInputs(path: string): Promise<AccountInput[] | string> {
  try {
    if (path === '-') return [readAccountInput(await readStdin(), 'stdin')]
    const info = await stat(path)
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.json')).sort()
      return Promise.all(
        names.map(async (n) =>
          readAccountInput(await readFile(join(path, n), 'utf8'), join(path, n)),
        ),
      )
    }
    return [readAccountInput(await readFile(path, 'utf8'), path)]
  } catch (error) {
    return `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  return rows
    .map((r) =>
      r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  '),
    )
    .join('\n')
}

export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(HELP)
    return 0
  }
  const options = parseArgs(args)
  if (typeof options === 'string') {
    io.stderr(`irsa-lab audit: ${options}\n\n${HELP}`)
    return EXIT_BAD_INPUT
  }
  const inputs: AccountInput[] = []
  for (const file of options.files) {
    const read = await readInputs(file)
    if (typeof read === 'string') {
      io.stderr(`irsa-lab audit: ${read}\n`)
      return EXIT_BAD_INPUT
    }
    inputs.push(...read)
  }
  const merged = mergeAccountInputs(inputs)
  for (const problem of merged.problems) io.stderr(`${problem.origin}: ${problem.message}\n`)
  if (merged.roles.length === 0) {
    io.stderr('irsa-lab audit: no role found in the input\n')
    return EXIT_BAD_INPUT
  }
  const report = auditAccount(merged)
  if (options.json) {
    io.stdout(`${JSON.stringify(reportJson(report), null, 2)}\n`)
  } else {
    const oidc = report.roles.filter((r) => r.subjects.entries.length > 0 || r.findings.length > 0)
    const rows = [['SEVERITY', 'ROLE', 'SERVICE ACCOUNTS', 'FINDINGS']]
    for (const role of oidc) {
      rows.push([
        role.findings[0]?.severity ?? '-',
        role.name,
        role.serviceAccounts.join(' ') || '-',
        role.findings.map((f) => f.code.replace(/^audit\./, '')).join(' ') || '-',
      ])
    }
    io.stdout(`${table(rows)}\n\n`)
    const count = (s: AuditSeverity) =>
      report.roles.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0)
    io.stdout(
      `${report.roles.length} roles, ${oidc.length} trust an OIDC provider; findings: ${count('high')} high, ${count('medium')} medium, ${count('low')} low` +
        (report.providersKnown
          ? ''
          : ' (OIDC providers not given: "provider not in the account" not checked)') +
        '\n',
    )
    for (const role of oidc.filter((r) => r.findings.length)) {
      io.stdout(`\n${role.arn}\n`)
      for (const f of role.findings) io.stdout(`  ${f.severity.padEnd(6)} ${f.message}\n`)
    }
  }
  if (options.failOn) {
    const threshold = RANK[options.failOn]
    if (report.roles.some((r) => r.findings.some((f) => RANK[f.severity] >= threshold)))
      return EXIT_FINDINGS
  }
  return 0
}
