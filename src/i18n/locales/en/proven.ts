/**
 * "Proven by your error" (issue #16): what an AWS error proves passed, shown on the trace's steps
 * after a scenario is reproduced from evidence. One reason per rule of
 * src/scenarios/triage/proven.ts (`PROOF_RULES`). On the first screen (the step list).
 */
export const proven = {
  badge: 'Proven by your error ({{code}})',
  reasons: {
    'sts-access-denied':
      'STS answers AccessDenied only after it has accepted the token: the OIDC provider, the audience, the signing key, the signature and the time claims passed; the trust policy refused.',
    'no-provider':
      'STS read the token and looked up its issuer: the SDK found the web identity settings and called STS with a well-formed token.',
    'incorrect-audience':
      'STS compares the audience with the OIDC provider’s client IDs only once it has found the provider: the provider is in the account.',
    'verification-key':
      'STS fetches the signing keys after it found the OIDC provider and accepted the audience.',
    'signature-invalid':
      'STS checks the signature with a key it found: the OIDC provider, the audience and the key lookup passed.',
    'idp-unreachable':
      'STS tried to reach the identity provider after it found the OIDC provider and accepted the audience.',
    expired:
      'STS checks the time claims after the signature: the OIDC provider, the audience and the signature passed.',
    'invalid-arn':
      'STS validates the request before the token: the SDK found the web identity settings and called STS.',
    'invalid-token': 'The SDK found the web identity settings and called STS.',
    'api-denied-role':
      'The call was made with the role’s temporary credentials: STS issued them, so every check of the chain passed, the trust policy included; the role’s permission policy denies.',
    'api-denied-node':
      'The call was made with the node role’s credentials: the SDK found no web identity settings and never called STS (the webhook did not mutate the pod).',
  },
  ordered:
    'This relies on the order of STS’s checks that this lab models; AWS does not document it.',
  sources: 'What AWS says about this error:',
  diff: 'Differs here: {{expected}} in the policy, {{actual}} in the request',
}
