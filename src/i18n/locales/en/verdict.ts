export const verdict = {
  issued: 'Credentials issued',
  issuedBody:
    'STS trusted the token of {{subject}} and returned temporary credentials for {{arn}}.',
  denied: 'STS refused',
  neverCalled: 'No web identity: STS was never called',
  invalid: 'The scenario cannot be simulated',
  invalidBody: 'Fix the errors listed below: the ServiceAccount or the pod could not be read.',
  stoppedAt: 'Stopped at:',
  credentialsLabel: 'aws sts assume-role-with-web-identity output',
}
