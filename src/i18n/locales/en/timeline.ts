export const timeline = {
  title: 'Simulated clock',
  intro:
    'The projected token, the credentials and a stolen copy over time. Move the cursor: the verdict is computed at that instant.',
  lanes: {
    token: 'Projected token',
    credentials: 'Credentials (SDK)',
    theft: 'Stolen copy',
  },
  bars: {
    'token-valid': 'The first token is valid (iat to exp)',
    'token-skew': 'Past exp, but within the five-minute clock skew: STS still accepts the token',
    'credentials-valid': 'The first credentials are valid',
    'theft-works': 'A copy of the token works from anywhere',
    'theft-skew': 'The copy still works: five minutes of clock skew after exp',
    'theft-credentials': 'Credentials bought with the copy still work',
  },
  axis: { hours: '{{count}} h' },
  units: { hours: '{{count}} h', minutes: '{{count}} min' },
  sdk: {
    label: 'SDK',
    botocore: 'botocore (AWS CLI, boto3)',
    'js-v3': 'AWS SDK for JavaScript v3',
    'go-v2': 'AWS SDK for Go v2',
    'java-v2': 'AWS SDK for Java 2.x',
  },
  moves: {
    label: 'Move the clock',
    previous: '◀ Previous event',
    plus10m: '+10 min',
    plus1h: '+1 h',
    plus6h: '+6 h',
    next: 'Next event ▶',
  },
  cursor: {
    label: 'Simulated instant',
    at: 'Cursor: {{time}}.',
    issued: 'STS issues credentials at this instant.',
    denied: 'STS answers {{code}} at this instant.',
    none: 'No credentials at this instant.',
    previous: 'Last event ({{when}}):',
    next: 'Next event ({{when}}):',
    skew: 'Within the clock skew: exp passed {{ago}} ago, and STS accepts the token until {{until}}.',
    skewAhead: 'STS accepts the token until {{until}}: exp + 5 min of clock skew.',
    skewPast: 'Past exp + 5 min of clock skew ({{until}}): STS refuses the token.',
    anchor:
      'The credential events are those of the run at {{time}}: at the cursor the scenario gets none.',
  },
  events: {
    token_issued: 'The kubelet writes the projected token, valid {{ttl}}.',
    kubelet_refresh:
      'The kubelet writes token {{generation}} at 80 % of the lifetime (valid until {{expires}}).',
    token_expires: 'The first token’s exp: the pod has long read a fresher one.',
    'token_skew-ends':
      'exp + {{skew}}: the clock skew IAM allows ends; from now on STS answers ExpiredTokenException.',
    credentials_issued: 'STS returns temporary credentials to the SDK.',
    sdk_refresh:
      '{{sdk}} re-reads token {{token}} and calls AssumeRoleWithWebIdentity again, {{window}} before expiry.',
    'sdk_refresh-mandatory':
      '{{sdk}}: the mandatory refresh point, {{window}} before expiry (already refreshed).',
    credentials_expires: 'The first credentials expire; the SDK replaced them before.',
    'theft_token-copied':
      'A copy of the token is taken: STS accepts it from anywhere, unsigned, until exp + {{skew}} (clock skew).',
    'theft_token-rejected':
      'exp + {{skew}}: from now on STS answers the copy with ExpiredTokenException.',
    'theft_credentials-expire':
      'Credentials bought with the copy at the last moment STS accepts it stop working {{duration}} later — deleted pod or not.',
  },
  assumptions: {
    'go-v2':
      'Go v2’s aws.CredentialsCache refreshes at Expiration − ExpiryWindow; ExpiryWindow is assumed to be 0 (its zero value): the spec leaves it unconfirmed.',
    'java-v2':
      'Java v2 is assumed to prefetch 5 minutes before expiry (StsCredentialsProvider’s default prefetch time): the spec leaves it unconfirmed.',
    podIdentityTheft:
      'EKS Auth is assumed to be called with the node role’s signed request (eks-auth:AssumeRoleForPodIdentity); a token alone is not enough.',
    unknown: 'An assumption of the simulation.',
  },
  list: {
    summary: 'All events ({{count}})',
    past: '(past)',
    assumption: 'Assumption: {{text}}',
  },
  notes: {
    noTimes: 'The token has no usable iat and exp: no token events.',
    noCredentials: 'No credentials were issued in this scenario: no credential events.',
    truncated: 'A very short lifetime: the repeating refreshes are cut after 200.',
  },
}
