export const editors = {
  title: 'Inputs',
  tabsLabel: 'Scenario inputs',
  tabs: {
    token: 'Token',
    serviceAccount: 'ServiceAccount',
    pod: 'Pod',
    oidcProvider: 'OIDC provider',
    jwks: 'JWKS',
    trustPolicy: 'Trust policy',
    permissionPolicy: 'Permission policy',
    request: 'STS request',
    role: 'Role & call',
  },
  hints: {
    token:
      'The projected ServiceAccount token the pod sends to STS: a compact JWT, header.payload.signature.',
    serviceAccount:
      'The ServiceAccount, as kubectl get sa -o yaml prints it. Ctrl+Space under annotations suggests the eks.amazonaws.com annotations.',
    pod: 'The pod as submitted, before the pod identity webhook. Below: what the webhook changes, and why.',
    oidcProvider:
      "The account's IAM OIDC identity providers: the issuer URL, the client IDs (accepted audiences) and thumbprints.",
    jwks: 'The public keys served at <issuer>/keys. STS verifies the token signature with them.',
    trustPolicy:
      "The role's trust policy: who may assume the role, and on which conditions. Ctrl+Space completes the condition keys of this cluster's issuer.",
    permissionPolicy: 'What the role may do once assumed: checked against the API call.',
    request:
      'Parameters of AssumeRoleWithWebIdentity (roleArn, roleSessionName, durationSeconds). What is absent comes from the pod environment and the SDK defaults.',
    role: 'The cluster issuer, the account and role, and the API call made with the credentials.',
  },
  badge: 'Errors: {{errors}}, warnings: {{warnings}}',
  referenced: 'read by the selected step',
  refHover: 'Read by the selected step',
  loading: 'Loading the editor…',
  previewLabel: '{{name}} (read-only until the editor has loaded)',
  editorLabel: '{{name}} editor',
  keyboardHint: {
    tabMovesFocus:
      'Tab moves the focus out of the editor. Press Ctrl+M (Ctrl+Shift+M on macOS) to make Tab insert spaces.',
    tabIndents:
      'Tab inserts spaces in the editor. Press Ctrl+M (Ctrl+Shift+M on macOS) to make Tab move the focus again.',
  },
  clock: {
    legend: 'Clock: the simulated instant',
    label: 'Now (UTC)',
    format: 'Year-month-day and time, in UTC: 2026-11-29T12:01:00.',
    invalid: 'Not a date and time yet: write it as 2026-11-29T12:01:00 (UTC).',
    now: 'Now',
    plusHour: '+1 h',
    plusDay: '+1 day',
    tokenExp: 'Token exp',
    tokenExpTitle: "Set the clock to the token's expiry time (exp)",
    skewEnd: 'exp + 5 min',
    skewEndTitle:
      'Set the clock to the last instant STS accepts the token: five minutes after exp (clock skew)',
    skewNote:
      'Clock skew: STS accepts the token until {{until}} UTC, five minutes after its exp ({{exp}} UTC); later it answers ExpiredTokenException.',
    skewInside:
      'Inside the clock skew: exp ({{exp}} UTC) has passed, but STS accepts the token until {{until}} UTC.',
  },
  role: {
    roleLegend: 'Cluster, account and role',
    issuer: 'Cluster OIDC issuer URL',
    accountId: 'AWS account ID',
    roleName: 'Role name',
    maxSessionDuration: 'MaxSessionDuration (seconds)',
    maxSessionHint: 'From 3600 (1 hour) to 43200 (12 hours).',
    callLegend: 'API call made with the credentials',
    action: 'Action',
    resource: 'Resource ARN',
  },
  pod: {
    mutatedTitle: 'The pod after the pod identity webhook',
    diffLabel: 'The pod before (left) and after (right) the webhook, read-only',
    notMutated: 'The webhook leaves the pod unchanged: {{reason}}',
    noReason: 'no IRSA annotation applies.',
    defaultPod:
      'The Pod editor is empty, so the simulation uses a minimal pod that runs as the ServiceAccount.',
    whyTitle: 'What was injected, and why',
  },
  why: {
    volume:
      'Volume {{name}}: a projected ServiceAccount token for audience {{audience}}, valid {{seconds}} s. The kubelet writes it and renews it before it expires.',
    mount:
      'Container {{container}} mounts {{name}} read-only at {{path}}, where the SDK reads the token.',
    env: {
      AWS_ROLE_ARN: "the role from the ServiceAccount's eks.amazonaws.com/role-arn annotation.",
      AWS_WEB_IDENTITY_TOKEN_FILE:
        'where the token is mounted. With AWS_ROLE_ARN, it makes the SDK call AssumeRoleWithWebIdentity.',
      AWS_REGION: "the cluster's region (EKS runs the webhook with --aws-default-region).",
      AWS_DEFAULT_REGION: 'the same region, for older SDKs and the AWS CLI v1.',
      AWS_STS_REGIONAL_ENDPOINTS:
        'use the regional STS endpoint (EKS runs the webhook with --sts-regional-endpoint, or the sts-regional-endpoints annotation asks for it).',
      other: 'set by the webhook.',
    },
  },
  annotations: {
    roleArn: 'The IAM role the pod assumes; injected as AWS_ROLE_ARN.',
    audience:
      'The token audience (default sts.amazonaws.com). It must be a client ID of the IAM OIDC provider.',
    stsRegionalEndpoints:
      '"true": the SDK calls the regional STS endpoint (AWS_STS_REGIONAL_ENDPOINTS=regional).',
    tokenExpiration: 'The token lifetime in seconds: at least 600, default 86400.',
    skipContainers: 'Comma-separated names of containers the webhook leaves alone.',
  },
}
