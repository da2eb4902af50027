/**
 * The errors STS AssumeRoleWithWebIdentity returns, verbatim (shared/spec/irsa-semantics.md §5.3).
 * Quirks are kept on purpose: the double space in the JWKS message and the missing space after
 * "date/time" in the expiry message are what real responses contain.
 *
 * Where no primary source gives the exact text, the error carries `assumption`, which the trace
 * shows to the user as a stated assumption.
 */
import {
  assumptionText,
  missingClaimAssumption,
  type AssumptionId,
  type AssumptionRef,
} from '../assumptions'
import type { StsError } from '../types'

export interface CatalogedError extends StsError {
  /** Set when the code or message is not confirmed by a primary source (English). */
  assumption?: string
  /** The assumption's id (assumptions.ts), with `assumption`; none for Pod Identity's. */
  assumptionRef?: AssumptionRef
}

/** An error's stated assumption: its id and, derived from it, its English. */
export function errorAssumption(
  ref: AssumptionId | AssumptionRef,
): Required<Pick<CatalogedError, 'assumption' | 'assumptionRef'>> {
  const assumptionRef = typeof ref === 'string' ? { id: ref } : ref
  return { assumption: assumptionText(assumptionRef), assumptionRef }
}

const invalidIdentityToken = (
  message: string,
  assumption?: AssumptionId | AssumptionRef,
): CatalogedError =>
  assumption
    ? { code: 'InvalidIdentityToken', message, httpStatus: 400, ...errorAssumption(assumption) }
    : { code: 'InvalidIdentityToken', message, httpStatus: 400 }

/** One "Value … failed to satisfy constraint" clause of a ValidationError. */
export interface ConstraintViolation {
  member: string
  value: string
  constraint: string
  /** Sensitive members (the token) are named without their value. */
  sensitive?: boolean
}

export const STS_ERRORS = {
  /** Parameter constraints, joined as AWS joins them: "N validation error(s) detected: a; b". */
  validation(violations: ConstraintViolation[]): CatalogedError {
    const n = violations.length
    const clauses = violations.map(
      (v) =>
        `Value${v.sensitive ? '' : ` '${v.value}'`} at '${v.member}' failed to satisfy constraint: ${v.constraint}`,
    )
    const error: CatalogedError = {
      code: 'ValidationError',
      message: `${n} validation error${n === 1 ? '' : 's'} detected: ${clauses.join('; ')}`,
      httpStatus: 400,
    }
    if (violations.some((v) => v.constraint.startsWith('Member must have')))
      return { ...error, ...errorAssumption('validationWording') }
    return error
  },
  invalidArn: (): CatalogedError => ({
    code: 'ValidationError',
    message: 'Request ARN is invalid',
    httpStatus: 400,
  }),
  durationExceedsMax: (): CatalogedError => ({
    code: 'ValidationError',
    message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    httpStatus: 400,
  }),
  malformedToken: (): CatalogedError =>
    invalidIdentityToken("Couldn't parse the web identity token", 'malformedToken'),
  missingClaim: (claim: string): CatalogedError =>
    claim === 'aud' || claim === 'sub'
      ? invalidIdentityToken(`Missing a required claim: ${claim}`)
      : invalidIdentityToken(`Missing a required claim: ${claim}`, missingClaimAssumption(claim)),
  noProvider: (issuer: string): CatalogedError =>
    invalidIdentityToken(`No OpenIDConnect provider found in your account for ${issuer}`),
  incorrectAudience: (): CatalogedError => invalidIdentityToken('Incorrect token audience'),
  verificationKey: (assumption?: AssumptionId): CatalogedError =>
    invalidIdentityToken(
      "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
      assumption,
    ),
  signatureInvalid: (): CatalogedError => invalidIdentityToken('Token signature invalid'),
  expired: (nowSeconds: number, exp: number): CatalogedError => ({
    code: 'ExpiredTokenException',
    message: `Token expired: current date/time ${nowSeconds} must be before the expiration date/time${exp}`,
    httpStatus: 400,
  }),
  notYetValid: (): CatalogedError => invalidIdentityToken('Token is not yet valid', 'notYetValid'),
  accessDenied: (): CatalogedError => ({
    code: 'AccessDenied',
    message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    httpStatus: 403,
  }),
} as const

/** Strips the `assumption` so the trace's `error` is exactly what AWS returns. */
export function toStsError(error: CatalogedError): StsError {
  return { code: error.code, message: error.message, httpStatus: error.httpStatus }
}
