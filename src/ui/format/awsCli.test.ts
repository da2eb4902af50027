import { describe, expect, it } from 'vitest'
import { formatCliError } from './awsCli'

describe(formatCliError, () => {
  it('prints the error as the AWS CLI does', () => {
    expect(
      formatCliError({
        code: 'InvalidIdentityToken',
        message: 'Incorrect token audience',
        httpStatus: 400,
      }),
    ).toBe(
      'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
    )
  })
})
