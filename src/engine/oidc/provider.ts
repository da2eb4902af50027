/**
 * The IAM OpenID Connect identity provider (spec §4; botocore iam/2010-05-08 service-2.json:
 * `OpenIDConnectProviderUrlType` 1–255, `clientIDListType` ≤ 100 × `clientIDType` 1–255,
 * `thumbprintListType` ≤ 5 × `thumbprintType` exactly 40).
 */
import { joinPointer } from '../text/pointer'
import type { Finding, OidcProviderInput } from '../types'
import type { PlainFindingCode } from '../finding'
import { OIDC_FINDINGS } from './findings'
import { issuerHostPath } from './issuer'

/** IAM limits of a provider (spec §4). */
export const PROVIDER_LIMITS = {
  urlLength: [1, 255],
  clientIds: 100,
  clientIdLength: [1, 255],
  thumbprints: 5,
} as const

/**
 * The provider URL as `get-open-id-connect-provider` prints it: without `https://`. Accepts
 * both spellings (create takes `https://…`); anything else is left as written.
 */
export function normalizeProviderUrl(url: string): string {
  return issuerHostPath(url)
}

/**
 * `arn:<partition>:iam::<account>:oidc-provider/<host/path>`, e.g.
 * `arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E`.
 */
export function providerArn(accountId: string, url: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${accountId}:oidc-provider/${normalizeProviderUrl(url)}`
}

/** A provider that would have matched but for a detail, to explain "No OpenIDConnect provider found". */
export interface ProviderNearMiss {
  index: number
  reason: 'trailing-slash' | 'case' | 'scheme'
}

/** The outcome of {@link lookupProvider}. */
export interface ProviderLookup {
  /** The provider STS uses, when one matches. */
  index?: number
  /** When none matches: the closest provider and what differs. */
  nearMiss?: ProviderNearMiss
}

/**
 * How STS finds the provider for a token (spec §5.3 step 2): the provider whose URL, with
 * `https://`, equals the token's `iss` exactly. Case-sensitive, and a trailing slash counts: IAM
 * stores the URL as given, and a provider `host/` does not match `iss` `https://host`
 * (aws/aws-sam-cli#7432: "No OpenIDConnect provider found in your account for https://own-gitlab.com/").
 */
export function lookupProvider(
  providers: readonly OidcProviderInput[],
  issuer: string,
): ProviderLookup {
  const urls = providers.map((provider) =>
    provider && typeof provider.url === 'string' ? normalizeProviderUrl(provider.url) : undefined,
  )
  if (typeof issuer !== 'string' || !issuer.startsWith('https://')) {
    const wanted = typeof issuer === 'string' ? issuer.replace(/^[a-z]+:\/\//i, '') : undefined
    const index = urls.findIndex((url) => url !== undefined && url === wanted)
    return index >= 0 ? { nearMiss: { index, reason: 'scheme' } } : {}
  }
  const wanted = issuerHostPath(issuer)
  const index = urls.findIndex((url) => url === wanted)
  if (index >= 0) return { index }
  const strip = (url: string) => (url.endsWith('/') ? url.slice(0, -1) : url)
  const slash = urls.findIndex((url) => url !== undefined && strip(url) === strip(wanted))
  if (slash >= 0) return { nearMiss: { index: slash, reason: 'trailing-slash' } }
  const lower = wanted.toLowerCase()
  const cased = urls.findIndex(
    (url) => url !== undefined && strip(url).toLowerCase() === strip(lower),
  )
  if (cased >= 0) return { nearMiss: { index: cased, reason: 'case' } }
  return {}
}

/** The index of the provider STS would use for `issuer`, or undefined ({@link lookupProvider}). */
export function findProviderForIssuer(
  providers: readonly OidcProviderInput[],
  issuer: string,
): number | undefined {
  return lookupProvider(providers, issuer).index
}

const THUMBPRINT = /^[0-9A-Fa-f]{40}$/

/**
 * Checks one provider as IAM's API would, plus a note that thumbprints no longer decide anything
 * for publicly trusted certificates (spec §4, 2024 wording). `base` locates the provider in the
 * 'oidcProvider' document (the account's provider list): an index gives '/<index>/…' pointers,
 * a string is used as the prefix itself ('' when the document is the one provider).
 */
export function validateProvider(provider: unknown, at: number | string = ''): Finding[] {
  const base = typeof at === 'number' ? joinPointer('', at) : at
  const make = (code: PlainFindingCode<typeof OIDC_FINDINGS>, message: string, pointer: string) =>
    OIDC_FINDINGS.make(code, message, 'oidcProvider', { pointer })
  if (provider === null || typeof provider !== 'object' || Array.isArray(provider)) {
    return [make('oidc.provider.not-object', 'The provider is not an object.', base)]
  }
  const { url, clientIds, thumbprints } = provider as Record<string, unknown>
  const findings: Finding[] = []
  const urlAt = joinPointer(base, 'url')
  if (typeof url !== 'string' || url === '') {
    findings.push(make('oidc.provider.url-missing', 'The provider has no URL.', urlAt))
  } else {
    const full = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`
    if (full.length > PROVIDER_LIMITS.urlLength[1]) {
      findings.push(
        make('oidc.provider.url-length', `The URL is longer than 255 characters.`, urlAt),
      )
    }
    if (!full.startsWith('https://')) {
      findings.push(
        make('oidc.provider.url-not-https', 'The URL must begin with "https://".', urlAt),
      )
    }
    if (full.includes('?'))
      findings.push(make('oidc.provider.url-query', 'The URL must not have a query.', urlAt))
    if (full.includes('#'))
      findings.push(make('oidc.provider.url-fragment', 'The URL must not have a fragment.', urlAt))
    if (/^[a-z]+:\/\/[^/]*:\d*(\/|$)/i.test(full)) {
      findings.push(
        make('oidc.provider.url-port', 'The URL must not contain a port number.', urlAt),
      )
    }
  }
  const idsAt = joinPointer(base, 'clientIds')
  if (!Array.isArray(clientIds)) {
    findings.push(
      make('oidc.provider.client-ids-missing', 'The provider has no client ID list.', idsAt),
    )
  } else {
    if (clientIds.length === 0) {
      findings.push(
        make(
          'oidc.provider.client-ids-empty',
          'No client IDs (audiences): no token audience can match.',
          idsAt,
        ),
      )
    }
    if (clientIds.length > PROVIDER_LIMITS.clientIds) {
      findings.push(
        make('oidc.provider.client-ids-too-many', 'IAM allows at most 100 client IDs.', idsAt),
      )
    }
    const seen = new Set<string>()
    clientIds.forEach((id: unknown, index: number) => {
      const at = joinPointer(idsAt, index)
      if (
        typeof id !== 'string' ||
        id.length < 1 ||
        id.length > PROVIDER_LIMITS.clientIdLength[1]
      ) {
        findings.push(
          make(
            'oidc.provider.client-id-invalid',
            'A client ID is a string of 1 to 255 characters.',
            at,
          ),
        )
      } else if (seen.has(id)) {
        findings.push(
          make(
            'oidc.provider.client-id-duplicate',
            `"${id}" is listed twice; IAM keeps it once.`,
            at,
          ),
        )
      } else seen.add(id)
    })
  }
  const printsAt = joinPointer(base, 'thumbprints')
  if (thumbprints !== undefined) {
    if (!Array.isArray(thumbprints)) {
      findings.push(
        make('oidc.provider.thumbprints-invalid', 'The thumbprints must be a list.', printsAt),
      )
    } else {
      if (thumbprints.length > PROVIDER_LIMITS.thumbprints) {
        findings.push(
          make('oidc.provider.thumbprints-too-many', 'IAM allows at most 5 thumbprints.', printsAt),
        )
      }
      thumbprints.forEach((print: unknown, index: number) => {
        if (typeof print !== 'string' || !THUMBPRINT.test(print)) {
          findings.push(
            make(
              'oidc.provider.thumbprint-invalid',
              'A thumbprint is exactly 40 hexadecimal characters (a SHA-1 fingerprint).',
              joinPointer(printsAt, index),
            ),
          )
        }
      })
      if (thumbprints.length > 0) {
        findings.push(
          make(
            'oidc.provider.thumbprints-not-decisive',
            'Kept but not decisive: since 2024 IAM trusts the JWKS host through its library of root CAs, ' +
              'and falls back to thumbprints only for certificates no trusted CA signed.',
            printsAt,
          ),
        )
      }
    }
  }
  return findings
}
