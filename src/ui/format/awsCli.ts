import type { StsError } from '../../engine'

/** An error exactly as the AWS CLI (botocore) prints it. */
export function formatCliError(error: StsError, operation = 'AssumeRoleWithWebIdentity'): string {
  return `An error occurred (${error.code}) when calling the ${operation} operation: ${error.message}`
}
