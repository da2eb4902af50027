/** Notes under `comparison.<row>.<side>` are the engine's COMPARISON_NOTES_EN (a test keeps them equal). */
export const podIdentity = {
  title: 'IRSA and EKS Pod Identity, side by side',
  close: 'Close',
  intro:
    'The same workload with EKS Pod Identity: no OIDC provider and no role-arn annotation, an association instead; the node agent asks EKS Auth for the credentials with a token whose audience is pods.eks.amazonaws.com.',
  demoKey:
    'This scenario’s token was not signed here, so a demo cluster key signs the Pod Identity token and the cluster serves its public key.',
  error: 'The Pod Identity token could not be issued: {{message}}',
  running: 'Running the Pod Identity flow…',
  stepsLabel: 'Steps of {{flow}}',
  outcome: {
    issued: 'Credentials issued',
    notIssued: 'No credentials',
  },
  trust: {
    title: 'The role’s trust policy',
    irsa: 'IRSA: Federated OIDC provider, sts:AssumeRoleWithWebIdentity',
    podIdentity: 'Pod Identity: pods.eks.amazonaws.com, sts:AssumeRole + sts:TagSession',
  },
  association: {
    title: 'The Pod Identity association',
    intro: 'Created with the EKS API (CreatePodIdentityAssociation), not in IAM.',
  },
  tags: {
    title: 'Session tags EKS Auth sets',
    intro: 'Transitive, usable as aws:PrincipalTag/… in permission policies. IRSA sets none.',
    none: 'No session tags (no credentials, or session tags disabled).',
    key: 'Key',
    value: 'Value',
  },
  comparison: {
    title: 'What each requires and protects against',
    aspect: 'Aspect',
    protects: 'protects against',
    rows: {
      trustPrincipal: 'Trust principal',
      trustActions: 'Trust actions',
      iamSetup: 'IAM setup',
      tokenAudience: 'Token audience',
      tokenPath: 'Token path',
      volumeName: 'Volume name',
      envVars: 'Environment variables',
      whoCallsAws: 'Who calls AWS',
      sdkChainStep: 'SDK credential chain',
      sessionTags: 'Session tags',
      crossClusterReuse: 'Reuse across clusters',
      platforms: 'Platforms',
      stolenToken: 'A stolen token',
      subjectScoping: 'Which ServiceAccounts get the role',
    },
    iamSetup: {
      irsa: 'One IAM OIDC provider per cluster (100 per account) and a trust policy per ServiceAccount.',
      podIdentity:
        'No OIDC provider: an association through the EKS API (cluster, namespace, ServiceAccount, role).',
    },
    whoCallsAws: {
      irsa: 'The SDK in the pod calls STS directly, unsigned.',
      podIdentity: 'The node agent (DaemonSet) calls EKS Auth; the pod only talks to the agent.',
    },
    sdkChainStep: {
      irsa: 'The web-identity provider, early in the chain.',
      podIdentity: 'The container credential provider, later in the chain.',
    },
    sessionTags: {
      irsa: 'None: Kubernetes tokens carry no session-tag claim.',
      podIdentity: 'Six transitive tags, usable as aws:PrincipalTag/… in policies (ABAC).',
    },
    crossClusterReuse: {
      irsa: 'Each new cluster means editing the trust policy (new provider, new conditions).',
      podIdentity: 'The same role works in every cluster: only a new association.',
    },
    platforms: {
      podIdentity: 'Not on Fargate or Outposts.',
    },
    stolenToken: {
      irsa: 'A copied token works from anywhere against public STS until exp (24 h by default).',
      podIdentity:
        'EKS Auth only accepts the token with the node’s signed call: a copied token alone buys nothing.',
    },
    subjectScoping: {
      irsa: 'The trust policy’s :sub condition decides which ServiceAccounts may assume the role; forgetting it opens the role to the whole cluster.',
      podIdentity:
        'The association names the namespace and ServiceAccount; the trust policy needs no condition.',
    },
  },
  steps: {
    webhook_mutate: 'The pod identity webhook injects container credentials',
    kubelet_token: 'The kubelet mounts the projected ServiceAccount token',
    'sdk_credential-chain': 'The AWS SDK finds container credential settings',
    agent_request: 'The SDK asks the node’s Pod Identity agent for credentials',
    'agent_assume-role-for-pod-identity': 'The agent calls EKS Auth AssumeRoleForPodIdentity',
    eksauth_signature: 'EKS Auth verifies the token was signed by this cluster',
    eksauth_audience: 'EKS Auth requires the audience pods.eks.amazonaws.com',
    eksauth_time: 'EKS Auth checks the token has not expired',
    eksauth_association: 'EKS Auth finds the Pod Identity association',
    trust_action_sts_AssumeRole: 'sts:AssumeRole for pods.eks.amazonaws.com',
    trust_action_sts_TagSession: 'sts:TagSession for pods.eks.amazonaws.com',
    trust_evaluate: 'EKS Auth assumes the role: IAM evaluates its trust policy',
    eksauth_credentials: 'EKS Auth returns temporary credentials with session tags',
    agent_response: 'The agent hands the credentials to the SDK',
  },
}
