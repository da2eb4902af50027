/**
 * The issuer URL: what it may look like (spec §2.1: https, no query, no fragment; §4: no port),
 * and what IAM and EKS derive from it (the provider name, the condition-key prefix, the region).
 */
import type { Finding, SourceId } from '../types'
import type { PlainFindingCode } from '../finding'
import { memoizeByParts } from '../memo'
import { OIDC_FINDINGS } from './findings'

/** Where the issuer being checked was written, for the findings' location. */
export interface IssuerLocation {
  source: SourceId
  pointer: string
}

/** `oidc.eks.<region>.amazonaws.com[.cn]/id/<ID>` (spec §2.2; the ID is 32 hex in every example). */
const EKS_ISSUER =
  /^https:\/\/oidc\.eks\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com(\.cn)?\/id\/([0-9A-Za-z]+)\/?$/

/**
 * Checks an issuer URL as OIDC Discovery and IAM require it. By default the findings point at the
 * token's `iss` claim.
 *
 * @example
 * validateIssuerUrl('http://example.com?x=1').map((f) => f.code)
 * // ['oidc.issuer.not-https', 'oidc.issuer.query']
 */
export function validateIssuerUrl(
  issuer: unknown,
  where: IssuerLocation = { source: 'token', pointer: '/payload/iss' },
): Finding[] {
  // A re-run checks the same issuer: the findings are kept, each caller gets its own array.
  return typeof issuer === 'string'
    ? [...checkIssuerCached(issuer, where.source, where.pointer)]
    : checkIssuer(issuer, where)
}

const checkIssuerCached = memoizeByParts(
  (issuer: string, source: SourceId, pointer: string) => checkIssuer(issuer, { source, pointer }),
  (issuer, source, pointer) => [issuer, source, pointer],
  8,
)

function checkIssuer(issuer: unknown, where: IssuerLocation): Finding[] {
  const make = (code: PlainFindingCode<typeof OIDC_FINDINGS>, message: string) =>
    OIDC_FINDINGS.make(code, message, where.source, { pointer: where.pointer })
  if (typeof issuer !== 'string' || issuer === '') {
    return [make('oidc.issuer.empty', 'The issuer is empty.')]
  }
  let url: URL
  try {
    url = new URL(issuer)
  } catch {
    return [make('oidc.issuer.not-url', `"${issuer}" is not a URL.`)]
  }
  const findings: Finding[] = []
  // Case-sensitive on purpose: IAM compares the URL as a string (spec §4).
  if (!issuer.startsWith('https://')) {
    findings.push(make('oidc.issuer.not-https', 'The issuer must start with "https://".'))
  }
  if (url.username !== '' || url.password !== '') {
    findings.push(
      make('oidc.issuer.userinfo', 'The issuer must not contain a user name or password.'),
    )
  }
  if (url.port !== '' || /^[a-z]+:\/\/[^/]*:\d*(\/|$)/i.test(issuer)) {
    findings.push(make('oidc.issuer.port', 'The issuer must not name a port.'))
  }
  if (issuer.includes('?')) {
    findings.push(make('oidc.issuer.query', 'The issuer must not have a query ("?…").'))
  }
  if (issuer.includes('#')) {
    findings.push(make('oidc.issuer.fragment', 'The issuer must not have a fragment ("#…").'))
  }
  if (issuer.endsWith('/')) {
    findings.push(
      make(
        'oidc.issuer.trailing-slash',
        'The issuer ends in "/": the IAM provider URL must end in "/" too, since IAM matches it exactly.',
      ),
    )
  }
  return findings
}

/**
 * The issuer without `https://`: the IAM provider's name in its ARN and the prefix of the
 * condition keys (`<host/path>:sub`). Kept exactly as written, trailing slash included: IAM keeps
 * the URL verbatim (aws/aws-sam-cli#7432 shows a provider named `own-gitlab.com/`).
 */
export function issuerHostPath(issuer: string): string {
  return issuer.startsWith('https://') ? issuer.slice('https://'.length) : issuer
}

/** The AWS region of an EKS issuer, e.g. 'ap-northeast-2'; undefined for other issuers. */
export function regionFromIssuer(issuer: string): string | undefined {
  return EKS_ISSUER.exec(issuer)?.[1]
}

/** The partition of an EKS issuer: `.amazonaws.com.cn` is aws-cn, `us-gov-*` aws-us-gov. */
export function partitionFromIssuer(issuer: string): 'aws' | 'aws-cn' | 'aws-us-gov' | undefined {
  const match = EKS_ISSUER.exec(issuer)
  if (!match) return undefined
  if (match[2] === '.cn') return 'aws-cn'
  return match[1]?.startsWith('us-gov-') ? 'aws-us-gov' : 'aws'
}

/** Whether the issuer is an EKS cluster's public OIDC issuer (spec §2.2). */
export function isEksIssuer(issuer: string): boolean {
  return EKS_ISSUER.test(issuer)
}
