/** The account audit, "who can assume this role" and "what does this edit change?" (issue #16). */
export const audit = {
  title: 'Account audit: who can assume each role',
  intro:
    'Paste the output of aws iam get-account-authorization-details (or list-roles) and of aws iam list-open-id-connect-providers, or choose the files. Every role that trusts an OIDC provider is listed with the service accounts that can assume it and what is risky about it.',
  privacy: 'Nothing leaves your browser: the analysis runs on this page.',
  pasteLabel: 'Account output (JSON, several outputs one after the other)',
  files: 'Choose files…',
  sample: 'Try a sample account (200 roles)',
  analyse: 'Analyse',
  clear: 'Clear',
  progress: 'Analysing roles: {{done}} of {{total}}',
  summary:
    '{{roles}} roles, {{oidc}} trust an OIDC provider. Findings: {{high}} high, {{medium}} medium, {{low}} low.',
  providersUnknown:
    'The OIDC providers were not given: "provider not in the account" is not checked. Add the output of aws iam list-open-id-connect-providers.',
  filter: 'Filter roles, service accounts or findings',
  severityFilter: 'Severity',
  allSeverities: 'All',
  onlyOidc: 'Only roles that trust an OIDC provider',
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  showMore: 'Show {{count}} more ({{hidden}} not shown yet)',
  shown: '{{shown}} of {{total}} roles shown',
  tableCaption: 'Roles and who can assume them, risky first',
  columns: {
    severity: 'Risk',
    role: 'Role',
    serviceAccounts: 'Service accounts that can assume it',
    findings: 'Findings',
    open: 'Scenario',
  },
  anyone: 'any subject',
  noAccess: 'no OIDC provider',
  noFindings: 'none',
  openRow: 'Open as scenario',
  openRowFor: 'Open {{role}} as a scenario',
  opening: 'Opening…',
  severity: { high: 'High', medium: 'Medium', low: 'Low', none: 'None' },
  sortBy: 'Sort by {{column}}',
  problems: {
    empty: 'Nothing to read: the input is empty.',
    'too-large': 'The input is {{length}} characters long; at most {{limit}} are read.',
    'invalid-json':
      'This is not complete JSON (line {{line}}): was the output cut off while copying?',
    'not-recognised':
      'Not recognised: expected the output of aws iam get-account-authorization-details, list-roles, get-role, list-open-id-connect-providers or get-open-id-connect-provider, or a trust policy document.',
    'truncated-list':
      'This output is one page of a longer list (IsTruncated: true): roles on the next pages are missing.',
  },
  findings: {
    'principal-wildcard':
      '"Principal": "*" may call AssumeRoleWithWebIdentity: tokens of any identity provider can assume it.',
    'sub-missing': 'No condition on :sub: every service account of the cluster can assume it.',
    'sub-any-namespace': 'The :sub pattern {{pattern}} matches service accounts in any namespace.',
    'sub-namespace-wide':
      'The :sub pattern {{pattern}} matches every service account of namespace {{namespace}}.',
    'sub-wildcard-equals':
      'StringEquals compares {{value}} literally: no service account matches (StringLike is needed for a wildcard).',
    'aud-missing': 'No condition on :aud (the EKS trust policy requires sts.amazonaws.com).',
    'provider-not-in-account':
      'The trusted OIDC provider {{provider}} is not in the account: STS answers "No OpenIDConnect provider found".',
    'policy-size-over-limit':
      'The trust policy is {{length}} characters (whitespace excluded), over the default {{limit}}-character quota.',
    'policy-size-near-limit':
      'The trust policy is {{length}} characters (whitespace excluded), near the default {{limit}}-character quota.',
    'policy-unreadable': 'The trust policy is not a JSON object and cannot be analysed.',
    'access-conditional':
      'Other conditions (not on :sub or :aud) also decide who can assume this role.',
  },
  changes: {
    title: 'What does this edit change?',
    intro:
      'Compared with the trust policy as it was when you started editing: who can assume the role now that could not before, and who no longer can.',
    who: 'Who can assume this role',
    whoEntry: '{{subjects}} with audience {{audiences}} from {{provider}}',
    except: 'except {{subjects}}',
    conditional: 'only if other conditions hold too',
    nobody: 'Nobody: no statement lets a web identity assume this role.',
    none: 'This edit changes no one’s access.',
    added: 'Newly admitted ({{count}})',
    removed: 'No longer admitted ({{count}})',
    example: 'e.g. {{sub}}',
    rebase: 'Compare with the current version from now on',
    anyProvider: 'any provider',
  },
  evidence: {
    title: 'Evidence from the failure',
    error: 'Error: {{code}}: {{message}}',
    facts:
      'Provider {{provider}} · subject {{sub}} · audience {{aud}} · role {{role}} · time {{time}}',
    notProvided: 'not provided',
    otherEvent:
      'This CloudTrail record is a {{name}} event, not AssumeRoleWithWebIdentity: nothing was taken from it.',
    proven: 'Proven by your error: {{checks}} passed, so the JWKS and the provider are not needed.',
    checks: {
      provider: 'the OIDC provider',
      audience: 'the audience',
      signature: 'the signature',
      time: 'the time claims',
      trustPolicy: 'the trust policy',
    },
    noCloudTrail:
      'AWS logs no CloudTrail event for this failure: it happens before the trust policy. If you cannot find the event, the call failed before the trust policy.',
    admitted:
      'The trust policy admits {{sub}}: the denial comes from somewhere else (another statement, a Deny, another condition).',
    mismatch: 'The :sub condition expects {{expected}} but the token says {{actual}}.',
    audienceMismatch: 'The :aud condition does not admit {{aud}}.',
    fix: 'Fix the role (trust policy with the subject corrected, saved as trust-policy.json):',
    needTrust:
      'Paste the role too (aws iam get-role --role-name {{role}}) to see which condition denies it and reproduce it.',
    reproduce: 'Reproduce as a scenario',
    reproduced: 'Scenario loaded from the evidence: the verdict below reproduces it.',
  },
}
