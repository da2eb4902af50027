/**
 * The errors EKS Auth AssumeRoleForPodIdentity returns (eks-auth API model; shared/spec §8).
 * Only the expired-token message is documented verbatim; the others carry an assumption.
 */
import type { CatalogedError } from '../sts/errors'
import { POD_IDENTITY_ASSUMPTIONS } from './constants'

const assumed = (code: string, message: string, httpStatus: number): CatalogedError => ({
  code,
  message,
  httpStatus,
  assumption: POD_IDENTITY_ASSUMPTIONS.errorText,
})

/** The EKS Auth error catalogue. */
export const EKS_AUTH_ERRORS = {
  /** Verbatim (spec §8). */
  expired: (): CatalogedError => ({
    code: 'ExpiredTokenException',
    message: 'The specified Kubernetes service account token is expired.',
    httpStatus: 400,
  }),
  invalidToken: () =>
    assumed(
      'InvalidTokenException',
      'The specified Kubernetes service account token is invalid.',
      400,
    ),
  notFound: () =>
    assumed(
      'ResourceNotFoundException',
      'No Pod Identity association was found for the service account in this cluster.',
      404,
    ),
  accessDenied: (action: string) =>
    assumed('AccessDeniedException', `Not authorized to perform ${action}`, 400),
} as const
