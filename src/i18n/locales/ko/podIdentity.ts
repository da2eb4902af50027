import type { Messages } from '../en'

export const podIdentity: Messages['podIdentity'] = {
  title: 'IRSA와 EKS Pod Identity 나란히 보기',
  close: '닫기',
  intro:
    '같은 워크로드를 EKS Pod Identity로 돌려 봅니다. OIDC 공급자도, role-arn 어노테이션도 없이 association 하나로 대신합니다. 자격 증명은 node agent가 audience가 pods.eks.amazonaws.com인 토큰으로 EKS Auth에 요청해 받아 옵니다.',
  demoKey:
    '이 시나리오의 토큰은 여기서 서명한 것이 아니라서, Pod Identity 토큰은 데모용 클러스터 키로 서명하고 클러스터가 그 공개 키를 제공하도록 했습니다.',
  error: 'Pod Identity 토큰을 발급하지 못했습니다: {{message}}',
  running: 'Pod Identity 흐름을 실행하는 중…',
  stepsLabel: '{{flow}} 단계',
  outcome: {
    issued: '자격 증명 발급됨',
    notIssued: '자격 증명 없음',
  },
  trust: {
    title: '역할의 신뢰 정책',
    irsa: 'IRSA: Federated OIDC 공급자, sts:AssumeRoleWithWebIdentity',
    podIdentity: 'Pod Identity: pods.eks.amazonaws.com, sts:AssumeRole + sts:TagSession',
  },
  association: {
    title: 'Pod Identity association',
    intro: 'IAM이 아니라 EKS API(CreatePodIdentityAssociation)로 만듭니다.',
  },
  tags: {
    title: 'EKS Auth가 붙이는 세션 태그',
    intro:
      'transitive 태그라서 권한 정책에서 aws:PrincipalTag/…로 쓸 수 있습니다. IRSA는 세션 태그를 붙이지 않습니다.',
    none: '세션 태그가 없습니다 (자격 증명이 없거나 세션 태그가 꺼져 있음).',
    key: '키',
    value: '값',
  },
  comparison: {
    title: '각각 필요한 것과 막아 주는 것',
    aspect: '항목',
    protects: '보안 측면',
    rows: {
      trustPrincipal: '신뢰 Principal',
      trustActions: '신뢰 정책 Action',
      iamSetup: 'IAM 설정',
      tokenAudience: '토큰 audience',
      tokenPath: '토큰 경로',
      volumeName: 'Volume 이름',
      envVars: '환경 변수',
      whoCallsAws: 'AWS를 호출하는 주체',
      sdkChainStep: 'SDK credential chain',
      sessionTags: '세션 태그',
      crossClusterReuse: '여러 클러스터에서 재사용',
      platforms: '지원 플랫폼',
      stolenToken: '토큰이 탈취되면',
      subjectScoping: '역할을 받는 서비스 어카운트 범위',
    },
    iamSetup: {
      irsa: '클러스터마다 IAM OIDC 공급자 하나(계정당 100개 제한), 서비스 어카운트마다 신뢰 정책이 필요합니다.',
      podIdentity:
        'OIDC 공급자 없이 EKS API로 association(클러스터, 네임스페이스, 서비스 어카운트, 역할)을 만듭니다.',
    },
    whoCallsAws: {
      irsa: '파드 안의 SDK가 서명 없이 STS를 직접 호출합니다.',
      podIdentity: 'node agent(DaemonSet)가 EKS Auth를 호출하고, 파드는 agent하고만 통신합니다.',
    },
    sdkChainStep: {
      irsa: 'web identity provider로, chain 앞쪽에 있습니다.',
      podIdentity: 'container credential provider로, chain 뒤쪽에 있습니다.',
    },
    sessionTags: {
      irsa: '없습니다. Kubernetes 토큰에는 세션 태그용 claim이 없습니다.',
      podIdentity:
        'transitive 태그 6개를 붙이며, 정책에서 aws:PrincipalTag/…로 쓸 수 있습니다 (ABAC).',
    },
    crossClusterReuse: {
      irsa: '클러스터가 늘 때마다 신뢰 정책을 고쳐야 합니다 (새 provider, 새 condition).',
      podIdentity: '같은 역할을 모든 클러스터에서 씁니다. association만 새로 만들면 됩니다.',
    },
    platforms: {
      podIdentity: 'Fargate와 Outposts에서는 쓸 수 없습니다.',
    },
    stolenToken: {
      irsa: '복사한 토큰을 exp 전까지(기본 24시간) 어디서든 퍼블릭 STS에 쓸 수 있습니다.',
      podIdentity:
        'EKS Auth는 노드가 서명한 호출에 담긴 토큰만 받습니다. 토큰만 복사해서는 아무것도 얻을 수 없습니다.',
    },
    subjectScoping: {
      irsa: '신뢰 정책의 :sub condition이 어떤 서비스 어카운트가 역할을 맡을지 정합니다. 빠뜨리면 클러스터 전체에 역할이 열립니다.',
      podIdentity:
        'association에 네임스페이스와 서비스 어카운트가 들어 있어서 신뢰 정책에 condition이 필요 없습니다.',
    },
  },
  steps: {
    webhook_mutate: 'Pod Identity 웹훅이 컨테이너 자격 증명 설정을 주입',
    kubelet_token: 'kubelet이 projected 서비스 어카운트 토큰을 마운트',
    'sdk_credential-chain': 'AWS SDK가 컨테이너 자격 증명 설정을 찾음',
    agent_request: 'SDK가 노드의 Pod Identity 에이전트에 자격 증명을 요청',
    'agent_assume-role-for-pod-identity': '에이전트가 EKS Auth AssumeRoleForPodIdentity를 호출',
    eksauth_signature: 'EKS Auth가 토큰이 이 클러스터의 서명인지 검증',
    eksauth_audience: 'EKS Auth는 audience pods.eks.amazonaws.com을 요구',
    eksauth_time: 'EKS Auth가 토큰 만료 여부를 확인',
    eksauth_association: 'EKS Auth가 Pod Identity 연결(association)을 찾음',
    trust_action_sts_AssumeRole: 'pods.eks.amazonaws.com의 sts:AssumeRole',
    trust_action_sts_TagSession: 'pods.eks.amazonaws.com의 sts:TagSession',
    trust_evaluate: 'EKS Auth가 역할을 맡음: IAM이 신뢰 정책을 평가',
    eksauth_credentials: 'EKS Auth가 세션 태그가 붙은 임시 자격 증명을 반환',
    agent_response: '에이전트가 자격 증명을 SDK에 전달',
  },
}
