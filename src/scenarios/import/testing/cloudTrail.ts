/** A CloudTrail AssumeRoleWithWebIdentity record that failed with AccessDenied (sample account). */
import { PROVIDER_ARN, ROLE_ARN } from './samples'

export const EVENT = {
  eventVersion: '1.08',
  userIdentity: {
    type: 'WebIdentityUser',
    principalId: `${PROVIDER_ARN}:sts.amazonaws.com:system:serviceaccount:photos:uploaders`,
    userName: 'system:serviceaccount:photos:uploaders',
    identityProvider: PROVIDER_ARN,
  },
  eventTime: '2026-12-05T02:13:09Z',
  eventSource: 'sts.amazonaws.com',
  eventName: 'AssumeRoleWithWebIdentity',
  awsRegion: 'eu-west-1',
  errorCode: 'AccessDenied',
  errorMessage: 'An unknown error occurred',
  requestParameters: { roleArn: ROLE_ARN, roleSessionName: 'botocore-session-1' },
  responseElements: null,
}
