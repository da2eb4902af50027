/** The animated flow, its narration and controls, and presentation mode. Keyed by step kind. */
export const flow = {
  title: 'Flow',
  diagramLabel: 'The IRSA chain, step {{n}} of {{total}}: {{title}}',
  stepOf: 'Step {{n}} of {{total}}',
  status: { pass: 'passed', fail: 'failed', skip: 'skipped', info: 'note' },
  regions: { cluster: 'EKS cluster', aws: 'AWS' },
  actors: {
    pod: { name: 'Pod', sub: 'the app’s container' },
    webhook: { name: 'Pod identity webhook', sub: 'mutating admission' },
    kubelet: { name: 'kubelet / API server', sub: 'issues the projected token' },
    sdk: { name: 'AWS SDK', sub: 'in the container' },
    sts: { name: 'STS', sub: 'AssumeRoleWithWebIdentity' },
    iam: { name: 'IAM', sub: 'OIDC provider + role' },
    oidc: { name: 'OIDC issuer', sub: 'discovery + JWKS' },
    s3: { name: 'S3', sub: 'the app’s API call' },
  },
  packets: {
    webhook: { inject: 'patch' },
    kubelet: { 'project-token': 'token' },
    sts: { call: 'token', credentials: 'credentials' },
    iam: { 'provider-lookup': 'iss?', 'role-lookup': 'role?' },
    oidc: { discovery: 'GET config', jwks: 'GET keys' },
  },
  kinds: {
    webhook: {
      inject: {
        title: 'The webhook mutates the pod',
        what: 'The pod identity webhook sees the role-arn annotation on the ServiceAccount and adds a projected token volume and the AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE variables to the pod.',
        why: 'Nobody puts a key into the pod. The annotation is the only link between the ServiceAccount and the IAM role.',
        note: 'Start with the blog post’s question: how does an app upload to S3 without an access key in its .env? The annotation on the ServiceAccount is where it begins.',
      },
    },
    kubelet: {
      'project-token': {
        title: 'The kubelet mounts the token',
        what: 'The kubelet asks the API server for a ServiceAccount token with audience sts.amazonaws.com and mounts it read-only into the container.',
        why: 'This token is the pod’s passport: signed by the cluster, it says who the pod is (sub) and for whom it is meant (aud). It expires and is refreshed on its own.',
        note: 'The passport metaphor: the pod shows the token the way we show a passport at the airport. Point at sub and aud.',
      },
    },
    sdk: {
      chain: {
        title: 'The SDK finds web identity settings',
        what: 'In its default credential chain, the AWS SDK finds AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE and reads the token file.',
        why: 'The app’s code does not change: the same s3.upload() call now gets credentials from the token instead of permanent access keys.',
        note: 'Contrast with the blog’s first snippet: accessKeyId and secretAccessKey in the environment. Here there is nothing to leak for good.',
      },
    },
    sts: {
      call: {
        title: 'The SDK calls AssumeRoleWithWebIdentity',
        what: 'The SDK sends the token, the role ARN and a session name to STS. The call is not signed: the token itself is the proof.',
        why: 'No AWS credentials are needed to ask; STS decides only from the token and the role’s trust policy.',
        note: 'Watch the token travel. This is the only moment it leaves the pod.',
      },
      audience: {
        title: 'STS checks the audience',
        what: 'The token’s aud must be one of the client IDs registered on the IAM OIDC provider.',
        why: 'A token minted for another audience (say, the Kubernetes API) must not open AWS.',
        note: 'The provider’s client ID list is usually just sts.amazonaws.com. A mismatch here gives “Incorrect token audience”.',
      },
      duration: {
        title: 'STS checks the session length',
        what: 'The requested session may not be longer than the role’s maximum session duration.',
        why: 'Temporary means bounded: the credentials expire by themselves.',
        note: 'A short aside: the default is one hour; roles may allow up to twelve.',
      },
      credentials: {
        title: 'STS returns temporary credentials',
        what: 'STS returns an access key, a secret and a session token that expire soon, for the assumed-role session.',
        why: 'Unlike an IAM user’s permanent keys, these run out on their own. A leaked copy is only useful for a short time, and never without its session token.',
        note: 'The punchline of the blog post: temporary credentials instead of permanent keys. Show the expiration.',
      },
    },
    jwt: {
      decode: {
        title: 'STS reads the token',
        what: 'STS decodes the token’s header and claims: who issued it (iss), who it is (sub), for whom (aud), and until when.',
        why: 'Nothing is trusted yet: these are only claims until the signature is verified.',
        note: 'Point out iss: the next steps use it to find the provider and the keys.',
      },
      'key-select': {
        title: 'STS picks the signing key',
        what: 'The token’s kid names the key in the JWKS that should verify it.',
        why: 'Clusters rotate keys; the kid tells STS which one signed this token.',
        note: 'If the kid is missing from the JWKS, STS cannot verify anything.',
      },
      signature: {
        title: 'STS verifies the signature',
        what: 'With the issuer’s public key, STS checks that the token was signed by the cluster and not changed since.',
        why: 'This is what makes the passport hard to forge: only the cluster holds the private key.',
        note: 'The signature check here is real WebCrypto, on a real key generated in this browser.',
      },
      time: {
        title: 'STS checks the time claims',
        what: 'The token must not have expired (exp) and must already be valid (nbf, iat).',
        why: 'A stolen token stops working when it expires; the kubelet keeps refreshing the real one.',
        note: 'Try it live: move the simulated clock past exp and the chain stops here.',
      },
    },
    iam: {
      'provider-lookup': {
        title: 'STS finds the OIDC provider',
        what: 'STS looks for an IAM OIDC provider in the account whose URL is the token’s issuer.',
        why: 'The account must have said, ahead of time, that it trusts this cluster’s issuer. Without it, no token from the cluster counts.',
        note: 'This is the one-time “associate-iam-oidc-provider” step of eksctl.',
      },
      'role-lookup': {
        title: 'STS finds the role',
        what: 'STS loads the role named in the request, with its trust policy.',
        why: 'The role decides who may assume it: the trust relationship.',
        note: 'The role ARN came from the ServiceAccount annotation, through AWS_ROLE_ARN.',
      },
    },
    oidc: {
      discovery: {
        title: 'STS fetches the OpenID configuration',
        what: 'STS reads the issuer’s discovery document at /.well-known/openid-configuration to find where its keys are.',
        why: 'The issuer publishes its public keys so anyone can verify its tokens without a shared secret.',
        note: 'EKS hosts this endpoint for every cluster; it is public.',
      },
      jwks: {
        title: 'STS fetches the public keys',
        what: 'STS downloads the JWKS: the issuer’s public keys.',
        why: 'Public keys verify; only the cluster’s private key can sign.',
        note: 'The same JWKS you can curl yourself from the cluster’s issuer URL.',
      },
    },
    trust: {
      statement: {
        title: 'A trust policy statement',
        what: 'IAM checks whether this statement of the trust policy applies: its principal (the OIDC provider), its action and its conditions.',
        why: 'The trust relationship must name who may assume the role. Having permissions elsewhere is not enough.',
        note: 'Read the statement aloud: Allow, Federated principal, sts:AssumeRoleWithWebIdentity.',
      },
      condition: {
        title: 'A trust policy condition',
        what: 'IAM compares the token’s value for this key with the policy’s value.',
        why: 'Without the sub condition, every ServiceAccount of the cluster could assume the role.',
        note: 'The token’s value on the left, the policy’s on the right. This is where most real IRSA errors live.',
      },
      decision: {
        title: 'IAM decides',
        what: 'With every statement evaluated, IAM allows the call only if a statement allowed it and none denied it.',
        why: 'This is the trust relationship at work: the token’s identity matched what the role trusts.',
        note: 'An explicit Deny would win over any Allow.',
      },
    },
    api: {
      call: {
        title: 'The app calls S3',
        what: 'The SDK signs the S3 request with the temporary credentials; the role’s permission policies decide.',
        why: 'Trust lets the pod become the role; permissions decide what the role may do.',
        note: 'Two policies, two questions: who may be the role (trust), what the role may do (permissions).',
      },
    },
    unknown: {
      title: 'A step of the chain',
      what: 'A step of the IRSA chain.',
      why: 'See the step list for its details.',
      note: 'See the step list for its details.',
    },
  },
  facts: {
    title: 'Compared values',
    tokenAud: 'token aud',
    clientIds: 'provider client IDs',
    kid: 'kid',
    candidates: 'keys in the JWKS',
    alg: 'algorithm',
    iss: 'iss',
    sub: 'sub',
    aud: 'aud',
    provider: 'OIDC provider',
    roleArn: 'role ARN',
    tokenFile: 'token file',
    endpoint: 'endpoint',
    url: 'URL',
    keys: 'keys',
    effect: 'effect',
    decision: 'decision',
    requested: 'requested',
    max: 'role maximum',
    accessKeyId: 'access key ID',
    expiration: 'expires',
    action: 'action',
    resource: 'resource',
    token: 'token',
    policy: 'policy',
    exp: 'exp (expires)',
    nbf: 'nbf (not before)',
    iat: 'iat (issued at)',
    matched: 'matches',
    mismatched: 'does not match',
  },
  failure: {
    title: 'The chain stops here',
    awsError: 'AWS returns',
    noError: 'STS is never called, so AWS returns no error.',
    why: 'Why',
    fix: 'Fix',
    kinds: {
      sdk: {
        chain: {
          why: 'The pod has no AWS_ROLE_ARN and token file, so the SDK falls back to the node’s instance role.',
          fix: 'Annotate the ServiceAccount with eks.amazonaws.com/role-arn and recreate the pod.',
        },
      },
      sts: {
        call: {
          why: 'STS rejects the request parameters before it looks at the token.',
          fix: 'Check the role ARN and the session name in the request.',
        },
        audience: {
          why: 'The token’s aud is not one of the client IDs of the IAM OIDC provider.',
          fix: 'Add the audience (usually sts.amazonaws.com) to the provider’s client IDs, or project the token with that audience.',
        },
        duration: {
          why: 'The requested session is longer than the role allows.',
          fix: 'Ask for a shorter session, or raise the role’s maximum session duration.',
        },
      },
      jwt: {
        decode: {
          why: 'The token cannot be read as a JWT.',
          fix: 'Use the token file from the pod as it is, without quotes or line breaks.',
        },
        'key-select': {
          why: 'No key in the issuer’s JWKS matches the token’s kid.',
          fix: 'Make sure the JWKS is the one published by this cluster’s issuer.',
        },
        signature: {
          why: 'The signature does not verify with the issuer’s public key: the token was changed or signed by another key.',
          fix: 'Use an unmodified token from this cluster.',
        },
        time: {
          why: 'The token has expired or is not valid yet.',
          fix: 'Use a fresh token: the kubelet refreshes it; check the clocks.',
        },
      },
      iam: {
        'provider-lookup': {
          why: 'The account has no IAM OIDC provider for the token’s issuer.',
          fix: 'Create the IAM OIDC provider for the cluster’s issuer URL (eksctl utils associate-iam-oidc-provider).',
        },
        'role-lookup': {
          why: 'The role in the request does not exist in the account.',
          fix: 'Check the role ARN in the ServiceAccount annotation.',
        },
      },
      oidc: {
        discovery: {
          why: 'The issuer’s discovery document cannot be used.',
          fix: 'Check the issuer URL: it must match the token’s iss exactly.',
        },
        jwks: {
          why: 'The issuer’s JWKS cannot be used.',
          fix: 'Paste the JWKS served at the issuer’s /keys URL.',
        },
      },
      trust: {
        decision: {
          why: 'No statement of the role’s trust policy allows this token: a principal, action or condition does not match.',
          fix: 'Make the trust policy’s Federated principal and its sub and aud conditions match the token.',
        },
      },
      api: {
        call: {
          why: 'The role was assumed, but its permission policies do not allow this call.',
          fix: 'Allow the action on the resource in the role’s permission policy.',
        },
      },
      unknown: {
        why: 'This step failed.',
        fix: 'See the step list and the findings for details.',
      },
    },
  },
  end: {
    issued: 'Credentials issued',
    issuedBody: 'Temporary credentials {{accessKeyId}}, valid until {{expiration}}.',
    denied: 'No credentials',
  },
  controls: {
    label: 'Flow controls',
    play: 'Play',
    pause: 'Pause',
    prev: 'Previous step',
    next: 'Next step',
    restart: 'Restart',
    speed: 'Speed',
    scrub: 'Step',
    keys: 'Keys: ← → step, space play or pause, Home and End.',
  },
  export: {
    label: 'Export',
    svg: 'SVG',
    png: 'PNG',
    webm: 'Record WebM',
    recording: 'Recording step {{n}} of {{total}}…',
    unsupported: 'This browser cannot record video.',
  },
  presentation: {
    title: 'IRSA Lab: how a pod gets AWS credentials',
    fullscreen: 'Full screen',
    exitFullscreen: 'Exit full screen',
    presenter: 'Presenter view',
    qr: 'QR code',
    qrTitle: 'Scan to open this page',
    qrTooLong: 'This link is too long for a QR code.',
    close: 'Close',
    keys: '→ space PageDown: next · ← PageUp: back · F: full screen · P: presenter view · Q: QR code',
    notes: 'Speaker notes',
    now: 'Now',
    next: 'Next',
    nextNone: 'The end of the flow.',
    timer: 'Elapsed',
    resetTimer: 'Reset timer',
    playground: 'Open in the playground',
  },
}
