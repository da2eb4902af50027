/** The data each step of the flow works on ("the bytes on the diagram"), beside the narration. */
export const flowBytes = {
  reproduce: 'Reproduce it in a terminal (the token in a file named token)',
  token: {
    title: 'The token, split at its two dots',
    header: 'Header',
    payload: 'Payload',
    signature: 'Signature',
    size: '{{n}} bytes decoded',
    decoded: 'Header and payload, base64url-decoded to JSON',
    claims: 'Where each claim goes',
    uses: {
      discovery: 'the discovery URL',
      jwks: 'the JWKS entry',
      condition: 'the condition key',
    },
  },
  discovery: {
    title: 'Discovery: the issuer’s configuration',
    request: 'STS asks the issuer',
    response: 'The issuer answers',
  },
  jwks: {
    title: 'JWKS: the keys the issuer publishes',
    request: 'STS fetches the keys',
    lit: 'Its kid is the token’s: this key checks the signature',
    none: 'No key has the token’s kid: {{kid}} matches nothing in the JWKS',
    tokenKid: 'The token’s kid',
  },
  condition: {
    title: 'The condition, character by character',
    key: 'The key: the issuer’s host and path, then :{{claim}}',
    keyMatches: 'the policy’s key',
    keyDiffers: 'not the policy’s key',
    first: 'First difference at character {{n}}',
    same: 'Every character is the same',
    wild: 'The wildcards take the underlined characters',
  },
  sts: {
    request: 'The request the SDK sends (AWS Query protocol, unsigned)',
    response: 'STS answers',
    credentials: 'The temporary credentials',
    expiresIn: 'They expire in {{time}} on the simulated clock (now {{now}})',
    expired: 'They expired at {{expiration}} (simulated clock)',
  },
}
