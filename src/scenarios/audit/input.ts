/**
 * Reads what an engineer has of an account: `aws iam get-account-authorization-details` (as the CLI
 * prints it, policy documents as objects, or as the IAM API returns it, URL-encoded strings),
 * `aws iam list-roles`, `aws iam get-role`, a bare trust-policy document (the role named after its
 * file), `aws iam list-open-id-connect-providers` and `get-open-id-connect-provider`. Several
 * documents may be pasted together (pages of a paginated call one after the other). Never throws:
 * anything else is an `InputProblem` with a clear message.
 */
import { normalizeProviderUrl } from '../../engine/oidc'
import { policyText } from '../import/policyText'
import type { AccountInput, InputProblem, ProviderInput, RoleInput } from './types'

/** Larger inputs are refused (a 2,000-role account is about 5 MB). */
export const MAX_ACCOUNT_INPUT = 64 * 1024 * 1024
const OIDC_ARN = /^arn:aws[a-z-]*:iam::\d{12}:oidc-provider\/(.+)$/

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function problem(
  code: InputProblem['code'],
  origin: string,
  message: string,
  data: InputProblem['data'] = {},
): InputProblem {
  return { code, origin, message, data }
}

function roleFrom(value: Record<string, unknown>, origin: string): RoleInput | undefined {
  const name = typeof value.RoleName === 'string' ? value.RoleName : undefined
  const arn = typeof value.Arn === 'string' ? value.Arn : undefined
  if (!name && !arn) return undefined
  const policy = policyText(value.AssumeRolePolicyDocument)
  return {
    arn: arn ?? name!,
    name: name ?? arn!.split('/').pop()!,
    trustPolicy: policy?.text ?? '',
    origin,
  }
}

function providerFromArn(arn: string): ProviderInput | undefined {
  const match = OIDC_ARN.exec(arn)
  return match ? { hostPath: normalizeProviderUrl(match[1]!), arn } : undefined
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

const baseName = (origin: string) =>
  origin
    .split(/[\\/]/)
    .pop()!
    .replace(/\.json$/i, '')

/** Reads one parsed document into `out`; false when it is nothing we know. */
function readValue(value: unknown, origin: string, out: AccountInput, depth = 0): boolean {
  if (Array.isArray(value)) {
    if (depth > 0) return false
    let any = false
    for (const item of value) any = readValue(item, origin, out, depth + 1) || any
    return any
  }
  if (!isRecord(value)) return false
  let known = false
  const list = (key: string) => (Array.isArray(value[key]) ? (value[key] as unknown[]) : undefined)
  for (const key of ['RoleDetailList', 'Roles']) {
    const roles = list(key)
    if (!roles) continue
    known = true
    for (const item of roles) {
      const role = isRecord(item) ? roleFrom(item, origin) : undefined
      if (role) out.roles.push(role)
    }
  }
  if (isRecord(value.Role)) {
    const role = roleFrom(value.Role, origin)
    if (role) {
      out.roles.push(role)
      known = true
    }
  }
  if (value.IsTruncated === true) {
    out.problems.push(
      problem(
        'input.truncated-list',
        origin,
        'This output is one page of a longer list (IsTruncated: true): roles on the next pages are missing. Run the command without --max-items, or add the next pages.',
      ),
    )
  }
  const providers = list('OpenIDConnectProviderList')
  if (providers) {
    known = true
    for (const item of providers) {
      const provider =
        isRecord(item) && typeof item.Arn === 'string' ? providerFromArn(item.Arn) : undefined
      if (provider) out.providers.push(provider)
    }
  }
  if (typeof value.Url === 'string' && Array.isArray(value.ClientIDList)) {
    known = true
    out.providers.push({
      hostPath: normalizeProviderUrl(value.Url),
      clientIds: strings(value.ClientIDList),
    })
  }
  if (!known && (Array.isArray(value.Statement) || isRecord(value.Statement))) {
    known = true
    const name = baseName(origin)
    out.roles.push({ arn: name, name, trustPolicy: JSON.stringify(value, null, 2), origin })
  }
  return known
}

/** JSON values one after the other (pages pasted together), or undefined with the error's offset. */
function parseConcatenated(text: string): { values: unknown[] } | { error: string; at: number } {
  try {
    return { values: [JSON.parse(text)] }
  } catch (first) {
    // Several documents back to back: split at top-level closing braces.
    const values: unknown[] = []
    let depth = 0
    let inString = false
    let start = -1
    for (let i = 0; i < text.length; i++) {
      const c = text[i]
      if (inString) {
        if (c === '\\') i++
        else if (c === '"') inString = false
        continue
      }
      if (c === '"') inString = true
      else if (c === '{' || c === '[') {
        if (depth === 0) start = i
        depth++
      } else if (c === '}' || c === ']') {
        depth--
        if (depth === 0 && start !== -1) {
          try {
            values.push(JSON.parse(text.slice(start, i + 1)))
          } catch {
            return errorOf(first, text)
          }
          start = -1
        }
      } else if (depth === 0 && !/\s/.test(c!)) return errorOf(first, text)
    }
    if (depth !== 0 || values.length === 0) return errorOf(first, text)
    return { values }
  }
}

function errorOf(error: unknown, text: string): { error: string; at: number } {
  const message = error instanceof Error ? error.message : String(error)
  const at = /position (\d+)/.exec(message)
  return { error: message, at: at ? Number(at[1]) : text.length }
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/**
 * Reads one input (file content or paste).
 *
 * @example
 * readAccountInput(await fs.readFile('auth.json', 'utf8'), 'auth.json').roles.length // 2000
 */
export function readAccountInput(text: unknown, origin = 'paste'): AccountInput {
  const out: AccountInput = { roles: [], providers: [], problems: [] }
  try {
    if (typeof text !== 'string' || text.trim() === '') {
      out.problems.push(problem('input.empty', origin, 'Nothing to read: the input is empty.'))
      return out
    }
    if (text.length > MAX_ACCOUNT_INPUT) {
      out.problems.push(
        problem(
          'input.too-large',
          origin,
          `The input is ${text.length} characters long; at most ${MAX_ACCOUNT_INPUT} are read.`,
          { length: text.length, limit: MAX_ACCOUNT_INPUT },
        ),
      )
      return out
    }
    const clean = text.replace(/^\uFEFF/, '')
    const parsed = parseConcatenated(clean)
    if ('error' in parsed) {
      const line = lineOf(clean, parsed.at)
      out.problems.push(
        problem(
          'input.invalid-json',
          origin,
          `This is not complete JSON (line ${line}): was the output cut off while copying?`,
          { line },
        ),
      )
      return out
    }
    let known = false
    for (const value of parsed.values) known = readValue(value, origin, out) || known
    if (!known) {
      out.problems.push(
        problem(
          'input.not-recognised',
          origin,
          'Not recognised: expected the output of aws iam get-account-authorization-details, list-roles, get-role, list-open-id-connect-providers or get-open-id-connect-provider, or a trust policy document.',
        ),
      )
    }
  } catch {
    out.problems.push(problem('input.not-recognised', origin, 'Not recognised.'))
  }
  return out
}

/** Several inputs as one. Roles with the same ARN: the last wins. */
export function mergeAccountInputs(inputs: readonly AccountInput[]): AccountInput {
  const roles = new Map<string, RoleInput>()
  const providers = new Map<string, ProviderInput>()
  const problems: InputProblem[] = []
  for (const input of inputs) {
    for (const role of input.roles) roles.set(role.arn, role)
    for (const provider of input.providers) {
      const seen = providers.get(provider.hostPath)
      providers.set(provider.hostPath, { ...seen, ...provider })
    }
    problems.push(...input.problems)
  }
  return { roles: [...roles.values()], providers: [...providers.values()], problems }
}
