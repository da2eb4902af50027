/**
 * STS fetches the issuer's discovery document and keys, picks the key by `kid`, verifies the
 * signature with real cryptography, then checks the time claims (shared/spec §2, §5.3 steps 4–5).
 */
import { verifySignature } from '../../jwt'
import { stated } from '../../assumptions'
import {
  discoveryDocument,
  jwksUri,
  selectVerificationKey,
  validateIssuerUrl,
  validateJwks,
} from '../../oidc'
import { STS_ERRORS } from '../../sts/errors'
import { CLOCK_SKEW_SECONDS, checkTimeClaims } from '../../sts/timeClaims'
import { memoizeByParts, type KeyPart } from '../../memo'
import type { RunContext } from '../context'

/**
 * Key selection reads the header's alg and kid and each key's kid, kty, crv and alg (and returns
 * the key object itself): those are its cache key, so a re-run neither stringifies the JWKS nor
 * misses a key edited in place.
 */
export const selectionKey = (header: Record<string, unknown>, jwks: unknown): KeyPart[] => {
  const head: Record<string, unknown> =
    header !== null && typeof header === 'object' && !Array.isArray(header) ? header : {}
  const parts: KeyPart[] = [head.alg as KeyPart, head.kid as KeyPart]
  const keys =
    jwks !== null && typeof jwks === 'object' && !Array.isArray(jwks)
      ? (jwks as { keys?: unknown }).keys
      : undefined
  if (!Array.isArray(keys)) return parts
  parts.push(keys.length)
  for (const key of keys) {
    if (key === null || typeof key !== 'object') parts.push(key as KeyPart)
    else {
      const k = key as Record<string, unknown>
      parts.push(key, k.kid as KeyPart, k.kty as KeyPart, k.crv as KeyPart, k.alg as KeyPart)
    }
  }
  return parts
}

export const selectKeyCached = memoizeByParts(
  (_key: readonly KeyPart[], header: Record<string, unknown>, jwks: unknown) =>
    selectVerificationKey(header, jwks),
  (key) => key,
  8,
)
import { stageStep, type Stage } from '../pipeline'
import type { IrsaStepData } from '../../steps'

export const discoveryStage: Stage<RunContext, IrsaStepData, 'oidc.discovery', 'issuer'> = {
  id: 'oidc.discovery',
  kind: 'oidc.discovery',
  actor: 'sts',
  to: 'oidc',
  title: 'STS fetches the issuer’s OpenID configuration',
  needs: ['issuer'],
  run(ctx) {
    const { issuer } = ctx
    const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`
    const findings = validateIssuerUrl(issuer)
    const refs = [{ source: 'token' as const, pointer: '/payload/iss' }]
    if (findings.some((f) => f.severity === 'error')) {
      return {
        steps: [
          stageStep(this, 'fail', refs, {
            detail: `GET ${url} cannot succeed.`,
            data: { url, unreachable: 'invalidIssuer' },
          }),
        ],
        findings,
        error: STS_ERRORS.verificationKey('issuerUnreachable'),
      }
    }
    if (issuer !== ctx.scenario.cluster.issuer) {
      // The scenario serves documents for its own cluster only: another issuer's endpoint is not simulated.
      return {
        steps: [
          stageStep(this, 'fail', refs, {
            detail: `GET ${url}: this scenario's cluster serves ${ctx.scenario.cluster.issuer}, so its keys cannot verify this token.`,
            data: { url, unreachable: 'otherCluster' },
          }),
        ],
        findings,
        error: STS_ERRORS.verificationKey('otherIssuer'),
      }
    }
    const document = discoveryDocument(issuer, ctx.scenario.cluster.jwks)
    return {
      steps: [
        stageStep(this, 'pass', refs, {
          detail: `GET ${url}`,
          data: { url, document },
          ...stated('discovery'),
        }),
      ],
      findings,
    }
  },
}

export const jwksStage: Stage<RunContext, IrsaStepData, 'oidc.jwks', 'issuer'> = {
  id: 'oidc.jwks',
  kind: 'oidc.jwks',
  actor: 'sts',
  to: 'oidc',
  title: 'STS fetches the issuer’s public keys (JWKS)',
  needs: ['issuer'],
  run(ctx) {
    const { issuer } = ctx
    const url = jwksUri(issuer)
    const findings = validateJwks(ctx.scenario.cluster.jwks)
    const refs = [{ source: 'jwks' as const, pointer: '/keys' }]
    const keys = Array.isArray(ctx.scenario.cluster.jwks?.keys)
      ? ctx.scenario.cluster.jwks.keys
      : []
    if (keys.length === 0) {
      return {
        steps: [stageStep(this, 'fail', refs, { detail: `GET ${url}: no keys.`, data: { url } })],
        findings,
        error: STS_ERRORS.verificationKey(),
      }
    }
    return {
      steps: [
        stageStep(this, 'pass', refs, {
          detail: `GET ${url}: ${keys.length} key(s).`,
          data: { url, keys: keys.length },
        }),
      ],
      findings,
    }
  },
}

export const keyStage: Stage<RunContext, IrsaStepData, 'jwt.key'> = {
  id: 'jwt.key',
  kind: 'jwt.key-select',
  actor: 'sts',
  title: 'STS picks the key named by the token’s kid',
  run(ctx) {
    const header = ctx.token.header ?? {}
    const jwks = ctx.scenario.cluster.jwks
    const selection = selectKeyCached(selectionKey(header, jwks), header, jwks)
    const refs = [{ source: 'token' as const, pointer: '/header/kid' }]
    const data = {
      reason: selection.reason,
      candidates: selection.candidates,
      kid: ctx.token.header?.kid,
    }
    if (!selection.usable || !selection.key || selection.index === undefined) {
      const keyRefs =
        selection.index !== undefined
          ? [...refs, { source: 'jwks' as const, pointer: `/keys/${selection.index}` }]
          : refs
      return {
        steps: [
          stageStep(this, 'fail', keyRefs, {
            detail: `No usable key: ${selection.reason}.`,
            data,
            ...stated('keySelection'),
          }),
        ],
        findings: selection.findings,
        error: STS_ERRORS.verificationKey('unknownKid'),
      }
    }
    ctx.verificationKey = { index: selection.index, jwk: selection.key }
    return {
      steps: [
        stageStep(
          this,
          'pass',
          [...refs, { source: 'jwks', pointer: `/keys/${selection.index}` }],
          { detail: selection.reason, data },
        ),
      ],
      findings: selection.findings,
    }
  },
}

export const signatureStage: Stage<RunContext, IrsaStepData, 'jwt.signature', 'verificationKey'> = {
  id: 'jwt.signature',
  kind: 'jwt.signature',
  actor: 'sts',
  title: 'STS verifies the token’s signature',
  needs: ['verificationKey'],
  // It only reports: the stages after it may run while WebCrypto verifies (simulate/pipeline.ts).
  overlapsLater: true,
  async run(ctx) {
    const key = ctx.verificationKey
    // Started early by startSignatureCheck() when the key was known up front; same token, same key.
    const check = await (ctx.pendingSignature?.index === key.index
      ? ctx.pendingSignature.check
      : verifySignature(ctx.scenario.token.trim(), key.jwk))
    const refs = [
      { source: 'token' as const, pointer: '/signature' },
      { source: 'jwks' as const, pointer: `/keys/${key.index}` },
    ]
    if (!check.ok) {
      return {
        steps: [
          stageStep(this, 'fail', refs, { detail: check.detail, data: { code: check.code } }),
        ],
        error: STS_ERRORS.signatureInvalid(),
      }
    }
    return {
      steps: [
        stageStep(this, 'pass', refs, {
          detail: `${check.alg} signature verified with WebCrypto.`,
          data: { alg: check.alg },
        }),
      ],
    }
  },
}

export const timeStage: Stage<RunContext, IrsaStepData, 'jwt.time'> = {
  id: 'jwt.time',
  kind: 'jwt.time',
  actor: 'sts',
  title: 'STS checks the token’s time claims',
  run(ctx) {
    const result = checkTimeClaims(ctx.token.payload ?? {}, ctx.nowSeconds)
    const refs = result.checks.map((c) => ({
      source: 'token' as const,
      pointer: `/payload/${c.claim}`,
    }))
    const data = { now: ctx.nowSeconds, skewSeconds: CLOCK_SKEW_SECONDS, checks: result.checks }
    const status = result.error ? 'fail' : 'pass'
    const step = stageStep(this, status, refs, { data })
    if (result.assumptions.length > 0) Object.assign(step, stated(...result.assumptions))
    if (result.error) step.detail = result.error.message
    else {
      // Accepted only thanks to the clock skew: say so (the values are in data.checks).
      const exp = result.checks.find((c) => c.claim === 'exp' && c.withinSkew)
      const nbf = result.checks.find((c) => c.claim === 'nbf' && c.withinSkew)
      if (exp?.deltaSeconds !== undefined)
        step.detail = `exp passed ${-exp.deltaSeconds} s ago: accepted within the ${CLOCK_SKEW_SECONDS} s clock skew.`
      else if (nbf?.deltaSeconds !== undefined)
        step.detail = `nbf is ${nbf.deltaSeconds} s ahead: accepted within the ${CLOCK_SKEW_SECONDS} s clock skew.`
    }
    return result.error
      ? { steps: [step], findings: result.findings, error: result.error }
      : { steps: [step], findings: result.findings }
  },
}

/**
 * WebCrypto verifies on a worker thread: start the check before the synchronous stages run, so
 * they overlap with it. The signature stage still awaits and reports it in its place in the chain.
 */
export function startSignatureCheck(ctx: RunContext): void {
  const header = ctx.token.header
  if (!header) return
  const jwks = ctx.scenario.cluster.jwks
  const selection = selectKeyCached(selectionKey(header, jwks), header, jwks)
  if (!selection.usable || !selection.key || selection.index === undefined) return
  ctx.pendingSignature = {
    index: selection.index,
    check: verifySignature(ctx.scenario.token.trim(), selection.key),
  }
}
