/** The glossary: one short entry per term of the IRSA chain. Ids: src/learning/glossary/terms.ts. */
export const glossary = {
  title: 'Glossary',
  close: 'Close',
  intro: 'Every term of the IRSA chain in a paragraph, in the order the chain meets them.',
  filter: 'Find a term',
  noMatch: 'No term matches.',
  popoverLabel: 'Glossary: {{term}}',
  more: 'All terms',
  terms: {
    'access-keys': {
      term: 'IAM user access keys',
      definition:
        'A long-term credential of an IAM user: an AccessKeyId starting with AKIA and a SecretAccessKey. They do not expire; they work until someone deactivates or deletes them, which is why a leaked key is dangerous and why applications should use roles instead.',
    },
    'iam-role': {
      term: 'IAM role',
      definition:
        'An identity with permissions but no credentials of its own. Principals named in its trust policy assume it and get temporary credentials for a session. On EKS with IRSA, a pod’s ServiceAccount is mapped to one role.',
    },
    'temporary-credentials': {
      term: 'Temporary credentials',
      definition:
        'What STS returns when a role is assumed: AccessKeyId (ASIA…), SecretAccessKey, SessionToken and Expiration. They stop working at Expiration (one hour by default, at most the role’s MaxSessionDuration); the SDK fetches new ones before that.',
    },
    'session-token': {
      term: 'Session token',
      definition:
        'The third part of temporary credentials. Every request signed with a temporary key must carry it (X-Amz-Security-Token); AWS uses it to find the session and check that it has not expired.',
    },
    sts: {
      term: 'STS (Security Token Service)',
      definition:
        'The AWS service that issues temporary credentials: AssumeRole for AWS principals, AssumeRoleWithWebIdentity for OIDC tokens such as a pod’s. In IRSA it verifies the token and evaluates the role’s trust policy.',
    },
    'service-account': {
      term: 'ServiceAccount',
      definition:
        'A Kubernetes identity for processes in pods, in one namespace. Every pod runs as one. With IRSA, its annotation names the IAM role, and its token’s subject, system:serviceaccount:<namespace>:<name>, is what the trust policy matches.',
    },
    jwt: {
      term: 'JWT (JSON Web Token)',
      definition:
        'A signed set of claims in three base64url parts: header.payload.signature. Anyone can decode it; only the holder of the private key can produce a valid signature. ServiceAccount tokens are JWTs.',
    },
    claims: {
      term: 'iss, sub, aud, exp',
      definition:
        'The token claims STS reads: iss, the issuer (the cluster’s OIDC URL); sub, the subject (system:serviceaccount:<namespace>:<name>); aud, the audience it was issued for (sts.amazonaws.com); exp, the expiry as seconds since 1970. nbf and iat bound it from below.',
    },
    kid: {
      term: 'kid (key ID)',
      definition:
        'A header field naming the key that signed a JWT. The verifier picks the key with the same kid from the issuer’s JWKS. After a key rotation a token’s kid may name a key that is no longer published.',
    },
    oidc: {
      term: 'OIDC (OpenID Connect)',
      definition:
        'An identity layer on OAuth 2.0. What IRSA uses of it: an issuer URL, its discovery document and its public keys, so that anyone, STS included, can verify the tokens the issuer signs. Every EKS cluster has its own OIDC issuer.',
    },
    discovery: {
      term: 'Discovery document',
      definition:
        'The JSON an OIDC issuer serves at <issuer>/.well-known/openid-configuration: its issuer URL, the jwks_uri where its public keys are, and the algorithms it signs with. STS reads it to find the keys.',
    },
    jwks: {
      term: 'JWKS (JSON Web Key Set)',
      definition:
        'The issuer’s public keys as JSON ({ "keys": [...] }), served at the jwks_uri. STS verifies a token’s signature with the key whose kid matches the token’s header.',
    },
    'oidc-provider': {
      term: 'IAM OIDC provider',
      definition:
        'The IAM resource that tells an account to trust an OIDC issuer: its URL and the client IDs (audiences) accepted, sts.amazonaws.com for IRSA. Its ARN is the Federated principal of the trust policy; without it STS rejects the token.',
    },
    'role-arn-annotation': {
      term: 'eks.amazonaws.com/role-arn',
      definition:
        'The ServiceAccount annotation that links it to an IAM role. The pod identity webhook reads it when a pod is created and injects the token and environment variables for that role.',
    },
    webhook: {
      term: 'Pod identity webhook',
      definition:
        'amazon-eks-pod-identity-webhook, a mutating admission webhook EKS runs. When a pod is created with an annotated ServiceAccount, it adds a projected token volume and AWS_ROLE_ARN, AWS_WEB_IDENTITY_TOKEN_FILE (and region settings). Pods created before the annotation are not changed.',
    },
    'projected-token': {
      term: 'Projected ServiceAccount token',
      definition:
        'A ServiceAccount token the kubelet requests for a pod with a chosen audience and lifetime, and mounts as a file. For IRSA: audience sts.amazonaws.com, 24 hours, rewritten by the kubelet at 80 % of its lifetime.',
    },
    kubelet: {
      term: 'kubelet',
      definition:
        'The agent on every node that runs the pods. For IRSA it asks the API server for the projected token, writes it into the pod’s volume and refreshes it before it expires.',
    },
    'assume-role-web-identity': {
      term: 'AssumeRoleWithWebIdentity',
      definition:
        'The STS call that exchanges an OIDC token for a role’s temporary credentials. It is not signed with AWS credentials: the token is the proof. Its errors (InvalidIdentityToken, AccessDenied, ExpiredTokenException…) say which check failed.',
    },
    'trust-policy': {
      term: 'Trust policy',
      definition:
        'The role’s resource policy saying who may assume it (the trust relationship in the console). For IRSA: Principal Federated = the IAM OIDC provider, Action sts:AssumeRoleWithWebIdentity, and conditions on the token’s :sub and :aud.',
    },
    'condition-key': {
      term: 'Condition key',
      definition:
        'A name in a policy condition that IAM fills from the request. For a web identity the keys are the issuer without https:// followed by :sub, :aud or :amr, e.g. oidc.eks.ap-northeast-2.amazonaws.com/id/…:sub.',
    },
    'string-operators': {
      term: 'StringEquals / StringLike',
      definition:
        'Condition operators. StringEquals compares exactly and case-sensitively, so a * in its value is a literal asterisk. StringLike allows the wildcards * and ?; use it for patterns, sparingly, since a namespace wildcard lets more pods in.',
    },
    imds: {
      term: 'IMDS (instance metadata service)',
      definition:
        'The EC2 endpoint at 169.254.169.254 that hands out the node’s own role credentials. If a pod can reach it, it gets the node’s permissions: with IRSA, block it (hop limit 1) so pods use only their own role.',
    },
    'pod-identity': {
      term: 'EKS Pod Identity',
      definition:
        'The newer alternative to IRSA: an association (cluster, namespace, ServiceAccount → role) and an agent on each node. The role trusts pods.eks.amazonaws.com with sts:AssumeRole and sts:TagSession, and no OIDC provider is needed.',
    },
  },
}
