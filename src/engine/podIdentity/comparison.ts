/**
 * IRSA and EKS Pod Identity side by side (shared/spec §8 table), as data: row keys and note keys
 * are i18n-free identifiers the UI translates; `value`s are domain spellings shown verbatim.
 */

/** One side of a row: a verbatim value, a note key for the UI's catalogue, or both. */
export interface ComparisonCell {
  value?: string | readonly string[]
  /** Message-catalogue key, e.g. 'comparison.iamSetup.irsa'. */
  note?: string
}

/** One aspect compared. `protects`: whether the row is about what a mechanism protects against. */
export interface ComparisonRow {
  key: string
  irsa: ComparisonCell
  podIdentity: ComparisonCell
  protects?: boolean
}

const note = (key: string, side: 'irsa' | 'podIdentity') => `comparison.${key}.${side}`

/** The comparison table, in the spec's order, plus the attack-surface rows (§9 #9). */
export const COMPARISON: readonly ComparisonRow[] = [
  {
    key: 'trustPrincipal',
    irsa: {
      value:
        'Federated: arn:aws:iam::<account>:oidc-provider/oidc.eks.<region>.amazonaws.com/id/<ID>',
    },
    podIdentity: { value: 'Service: pods.eks.amazonaws.com' },
  },
  {
    key: 'trustActions',
    irsa: { value: ['sts:AssumeRoleWithWebIdentity'] },
    podIdentity: { value: ['sts:AssumeRole', 'sts:TagSession'] },
  },
  {
    key: 'iamSetup',
    irsa: { note: note('iamSetup', 'irsa') },
    podIdentity: { value: 'CreatePodIdentityAssociation', note: note('iamSetup', 'podIdentity') },
  },
  {
    key: 'tokenAudience',
    irsa: { value: 'sts.amazonaws.com' },
    podIdentity: { value: 'pods.eks.amazonaws.com' },
  },
  {
    key: 'tokenPath',
    irsa: { value: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token' },
    podIdentity: {
      value: '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token',
    },
  },
  {
    key: 'volumeName',
    irsa: { value: 'aws-iam-token' },
    podIdentity: { value: 'eks-pod-identity-token' },
  },
  {
    key: 'envVars',
    irsa: { value: ['AWS_ROLE_ARN', 'AWS_WEB_IDENTITY_TOKEN_FILE'] },
    podIdentity: {
      value: ['AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE'],
    },
  },
  {
    key: 'whoCallsAws',
    irsa: { value: 'sts:AssumeRoleWithWebIdentity', note: note('whoCallsAws', 'irsa') },
    podIdentity: {
      value: 'eks-auth:AssumeRoleForPodIdentity',
      note: note('whoCallsAws', 'podIdentity'),
    },
  },
  {
    key: 'sdkChainStep',
    irsa: { note: note('sdkChainStep', 'irsa') },
    podIdentity: { note: note('sdkChainStep', 'podIdentity') },
  },
  {
    key: 'sessionTags',
    irsa: { value: [], note: note('sessionTags', 'irsa') },
    podIdentity: {
      value: [
        'eks-cluster-arn',
        'eks-cluster-name',
        'kubernetes-namespace',
        'kubernetes-service-account',
        'kubernetes-pod-name',
        'kubernetes-pod-uid',
      ],
      note: note('sessionTags', 'podIdentity'),
    },
  },
  {
    key: 'crossClusterReuse',
    irsa: { note: note('crossClusterReuse', 'irsa') },
    podIdentity: { note: note('crossClusterReuse', 'podIdentity') },
  },
  {
    key: 'platforms',
    irsa: { value: ['EKS', 'EKS Anywhere', 'ROSA', 'self-managed'] },
    podIdentity: { value: ['EKS ≥ 1.24'], note: note('platforms', 'podIdentity') },
  },
  {
    key: 'stolenToken',
    protects: true,
    irsa: { note: note('stolenToken', 'irsa') },
    podIdentity: { note: note('stolenToken', 'podIdentity') },
  },
  {
    key: 'subjectScoping',
    protects: true,
    irsa: { note: note('subjectScoping', 'irsa') },
    podIdentity: { note: note('subjectScoping', 'podIdentity') },
  },
]

/** English text of every note key, for tests and as the catalogue's source strings. */
export const COMPARISON_NOTES_EN: Readonly<Record<string, string>> = {
  'comparison.iamSetup.irsa':
    'One IAM OIDC provider per cluster (100 per account) and a trust policy per ServiceAccount.',
  'comparison.iamSetup.podIdentity':
    'No OIDC provider: an association through the EKS API (cluster, namespace, ServiceAccount, role).',
  'comparison.whoCallsAws.irsa': 'The SDK in the pod calls STS directly, unsigned.',
  'comparison.whoCallsAws.podIdentity':
    'The node agent (DaemonSet) calls EKS Auth; the pod only talks to the agent.',
  'comparison.sdkChainStep.irsa': 'The web-identity provider, early in the chain.',
  'comparison.sdkChainStep.podIdentity': 'The container credential provider, later in the chain.',
  'comparison.sessionTags.irsa': 'None: Kubernetes tokens carry no session-tag claim.',
  'comparison.sessionTags.podIdentity':
    'Six transitive tags, usable as aws:PrincipalTag/… in policies (ABAC).',
  'comparison.crossClusterReuse.irsa':
    'Each new cluster means editing the trust policy (new provider, new conditions).',
  'comparison.crossClusterReuse.podIdentity':
    'The same role works in every cluster: only a new association.',
  'comparison.platforms.podIdentity': 'Not on Fargate or Outposts.',
  'comparison.stolenToken.irsa':
    'A copied token works from anywhere against public STS until exp (24 h by default).',
  'comparison.stolenToken.podIdentity':
    'EKS Auth only accepts the token with the node’s signed call: a copied token alone buys nothing.',
  'comparison.subjectScoping.irsa':
    'The trust policy’s :sub condition decides which ServiceAccounts may assume the role; forgetting it opens the role to the whole cluster.',
  'comparison.subjectScoping.podIdentity':
    'The association names the namespace and ServiceAccount; the trust policy needs no condition.',
}
