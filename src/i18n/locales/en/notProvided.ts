/**
 * An imported scenario holds only what was pasted (issue #16): what the paste lacked is "not
 * provided", and the checks that need it are unknown. On the first screen (editors, verdict).
 */
export const notProvided = {
  badge: 'Not provided',
  editor:
    'Your paste did not include this. The checks that need it are unknown: no example value stands in for it.',
  editorHint: 'Paste it with “Paste from your cluster”, or type it here.',
  heading: 'Not enough to decide',
  body: 'Some inputs were not provided, so the checks that need them are unknown. Paste them to get a verdict.',
  deniedNote:
    'This failure holds whatever the inputs not provided hold: a later check fails on what you pasted.',
  step: 'Unknown, not decided: {{inputs}} not provided',
  listTitle: 'Not provided, and what prints it',
  inputs: {
    token: 'The token',
    serviceAccount: 'The ServiceAccount',
    pod: 'The pod',
    issuer: 'The cluster’s OIDC issuer',
    jwks: 'The JWKS',
    oidcProviders: 'The account’s IAM OIDC providers',
    trustPolicy: 'The role (its trust policy)',
    permissionPolicy: 'The role’s permission policies',
  },
}
