/**
 * The engine's step texts, translated: titles keyed by step id (or kind, for the per-statement
 * and per-condition steps), details as templates filled from `step.data`, the machine-readable
 * reasons the engine reports, and its stated assumptions (keyed by src/ui/text/assumptions.ts).
 */
export const engineText = {
  steps: {
    webhook: {
      mutate: {
        title: 'The pod identity webhook mutates the pod',
        injected:
          'Injected {{count}} patch operation(s): the token volume, its mount and the AWS_* variables.',
        skipped: 'Not mutated: {{reason}}.',
        existing:
          'This pod already exists (it has a uid, a creation time or a status): the webhook acts only when a pod is created, so the pod keeps what it got then.',
      },
    },
    kubelet: {
      token: {
        title: 'The kubelet mounts the projected ServiceAccount token',
        mounted:
          'The token file is mounted read-only; the kubelet refreshes it at 80 % of its lifetime.',
      },
    },
    sdk: {
      'credential-chain': {
        title: 'The AWS SDK finds web identity settings in its environment',
        found: 'AWS_ROLE_ARN={{roleArn}}; the token is read from {{tokenFile}}.',
        foundScenario: 'AWS_ROLE_ARN={{roleArn}}; the token is the scenario’s.',
        noWebIdentity:
          'The credential chain moves on to the node’s instance role: IRSA is not used at all.',
        noWebIdentityNode:
          'The credential chain moves on to the node’s instance role (IMDS): the app runs as {{arn}}, not as the ServiceAccount’s role.',
      },
    },
    sts: {
      request: {
        title: 'The SDK calls sts:AssumeRoleWithWebIdentity (unsigned)',
        post: 'POST {{endpoint}}/',
      },
      token: {
        title: 'STS reads the web identity token',
        unreadable: 'The token is not a readable JWT.',
      },
      audience: {
        title: 'The token’s audience must be one of the provider’s client IDs',
        matched: 'aud {{aud}} is a client ID of the provider.',
        mismatch: 'aud {{aud}} is not in {{clientIds}}.',
        noClaim: 'The token has no {{claim}} claim.',
      },
      duration: {
        title: 'The session may not outlast the role’s maximum',
        within: '{{requested}} s ≤ {{max}} s.',
        exceeds: '{{requested}} s > {{max}} s.',
      },
      credentials: {
        title: 'STS returns temporary credentials',
        validUntil: 'Valid until {{expiration}}.',
      },
    },
    iam: {
      provider: {
        title: 'STS looks up the IAM OIDC provider for the token’s issuer',
        found: 'Found {{arn}}.',
        lookedFor: 'Looked for {{arn}}.',
        noIss: 'The token has no iss claim.',
      },
      role: {
        title: 'STS finds the role and its trust policy',
        found: 'Found {{arn}}.',
        notFound: 'No role {{arn}} in account {{account}}.',
      },
    },
    oidc: {
      discovery: {
        title: 'STS fetches the issuer’s OpenID configuration',
        get: 'GET {{url}}',
        unreachable: 'GET {{url}} cannot succeed.',
        otherCluster:
          'GET {{url}}: this scenario’s cluster has another issuer, so its keys cannot verify this token.',
      },
      jwks: {
        title: 'STS fetches the issuer’s public keys (JWKS)',
        keys: 'GET {{url}}: {{count}} key(s).',
        noKeys: 'GET {{url}}: no keys.',
      },
    },
    jwt: {
      key: {
        title: 'STS picks the key named by the token’s kid',
        selected: '{{reason}}',
        noUsableKey: 'No usable key: {{reason}}',
      },
      signature: {
        title: 'STS verifies the token’s signature',
        verified: '{{alg}} signature verified with WebCrypto.',
      },
      time: {
        title: 'STS checks the token’s time claims',
        expWithinSkew:
          'exp passed {{seconds}} s ago: STS still accepts the token, within the {{skew}} s clock skew IAM documents.',
        nbfWithinSkew:
          'nbf is {{seconds}} s ahead: accepted within the {{skew}} s clock skew (assumed for nbf).',
      },
    },
    trust: {
      evaluate: { title: 'IAM evaluates the role’s trust policy' },
      statement: { title: 'Statement {{name}} ({{effect}})' },
      condition: { title: '{{operator}} {{key}}' },
    },
    api: {
      call: {
        title: 'The app calls AWS with the temporary credentials',
        named: '{{operation}} {{resource}}',
      },
    },
  },
  decisions: {
    Allow: 'Allowed: a statement allows the request and none denies it.',
    ExplicitDeny: 'Denied explicitly: a Deny statement matches.',
    ImplicitDeny: 'Denied implicitly: no statement allows the request.',
  },
  keyReasons: {
    'kid-match': 'The key whose kid equals the token’s kid.',
    'single-key-no-kid': 'The token has no kid and the only key has none either.',
    'no-kid-several-keys': 'The token has no kid and no key has kid "".',
    'unknown-kid': 'No key has the token’s kid.',
    'alg-mismatch': 'The key with this kid is for another algorithm.',
    'kty-mismatch': 'The key with this kid has a type that cannot verify the token.',
    'empty-jwks': 'The JWKS has no keys.',
  },
  conditionReasons: {
    matched: 'A value of the request matched a value of the policy.',
    'no-value-matched': 'No value of the request matched any value of the policy.',
    'key-absent': 'The key is not in the request: the condition is false.',
    'absent-ifexists': 'The key is not in the request and the operator ends in IfExists: true.',
    'negated-absent': 'The key is not in the request and the operator is negated: true.',
    'negated-none-matched': 'Negated operator: no request value matched, so it is true.',
    'negated-value-matched': 'Negated operator: a request value matched, so it is false.',
    'null-matched': 'Null: the key’s presence is as the policy requires.',
    'null-not-matched': 'Null: the key’s presence is not as the policy requires.',
    'for-any-value-matched': 'ForAnyValue: at least one request value matched.',
    'for-any-value-none-matched': 'ForAnyValue: no request value matched.',
    'for-any-value-empty': 'ForAnyValue on an absent key or an empty set: false.',
    'for-all-values-matched': 'ForAllValues: every request value matched.',
    'for-all-values-unmatched-value': 'ForAllValues: a request value did not match.',
    'for-all-values-empty': 'ForAllValues on an absent key or an empty set: true.',
    'for-all-values-empty-string':
      'ForAllValues on an empty value: IAM treats the empty string as a null data set, so it is true.',
    'for-any-value-empty-string':
      'ForAnyValue on an empty value: IAM treats the empty string as a null data set, so it is false.',
    'null-empty-string':
      'Null: the key’s value is the empty string, which IAM treats as null (absent), not as present.',
    'unknown-operator': 'Not an IAM condition operator: the condition cannot be true.',
    'invalid-operator': 'An operator form IAM rejects: the condition cannot be true.',
  },
  skipReasons: {
    notAnObject: 'the pod is not an object',
    noSpec: 'the pod has no spec',
    skipLabel: 'the pod has the skip-pod-identity-webhook label, so the webhook is not called',
    otherServiceAccount: 'the pod runs as another ServiceAccount than the one given',
    noRoleArn: 'the ServiceAccount has no role-arn annotation, or an empty one',
    internal: 'the simulator failed (see the findings)',
    existing: 'the pod already exists',
  },
  assumptions: {
    discovery:
      'AWS does not document the exact fields of the EKS discovery document: only issuer and jwks_uri are confirmed. The other fields follow the template in SELF_HOSTED_SETUP.md of amazon-eks-pod-identity-webhook.',
    keySelection:
      'STS selects the verification key by exact kid match; a token without kid matches only a key whose kid is "" (SELF_HOSTED_SETUP.md of amazon-eks-pod-identity-webhook). That STS does not fall back to the only key of a one-key JWKS (issue #12 of amazon-eks-pod-identity-webhook) and refuses a key whose alg or kty does not fit the token’s alg (RFC 7517 §4.4) is inferred, not documented by AWS.',
    durationAfterTrust:
      'STS is assumed to compare DurationSeconds with the role’s maximum after the trust policy allows the call.',
    severalAudiences:
      'With several audiences in the token, STS is assumed to accept it when any one is a client ID.',
    validationWording:
      'The length and range forms follow the confirmed pattern-constraint message; their exact wording is not confirmed.',
    malformedToken:
      'STS answers a token that is not a JWT with InvalidIdentityToken; the exact message is not confirmed.',
    missingClaim: 'Observed for aud and sub; assumed to read the same for {{claim}}.',
    notYetValid:
      'A token used before its nbf is rejected with InvalidIdentityToken; the exact message is not confirmed.',
    issuerUnreachable:
      'An issuer STS cannot fetch over HTTPS is assumed to fail like an unreachable JWKS.',
    otherIssuer:
      'The token’s issuer is not the scenario’s cluster, so its keys are treated as unreachable.',
    skewNbfIat:
      'IAM documents the five-minute clock skew for exp only; STS is assumed to allow the same five minutes before nbf, and not to reject a token whose iat is in the future.',
    noIat:
      'A token without iat is assumed to be accepted: RFC 7519 makes iat optional and no AWS source lists it as required.',
    nonIntegerTime:
      'The API reference requires integer timestamps; a token with a fractional or string exp, nbf or iat is assumed to be refused with InvalidIdentityToken, as an unparseable token is; the exact message is not confirmed.',
    severalAudiencesContext:
      'With several audiences in the token, the :aud condition key is assumed to hold the one audience STS matched with a client ID.',
    azp: 'For a generic OIDC provider, azp is assumed to fill only the :azp condition key; :aud keeps the token’s aud (the aud = azp mapping is documented for Google only).',
    trustPolicySize:
      'IAM is assumed to count the trust policy as minified JSON (white space outside strings is not counted).',
    selfAssume:
      'A role assuming itself is assumed to be allowed only when its trust policy names the role’s own ARN; the identity policy is not consulted.',
    nodeRole:
      'The pod is assumed to reach IMDS (IMDSv1, or a hop limit of 2). The node role is AmazonEKSNodeRole with the EKS worker-node policies only, which allow none of the app’s calls; instance i-1234567890abcdef0 stands for the node.',
    unknownKid:
      'A token whose kid matches no published key is assumed to fail as “Couldn’t retrieve verification key”.',
  },
}
