/**
 * The face of sts/ for the rest of the app: role ARNs, STS's errors exactly as AWS returns them,
 * and the clock skew STS allows on exp.
 */
export { formatRoleArn, parseRoleArn, type RoleArn } from './arn'
export { STS_ERRORS } from './errors'
export { CLOCK_SKEW_SECONDS } from './timeClaims'
export { STS_API_VERSION, errorXml, successXml, wireTimestamp } from './wire'
