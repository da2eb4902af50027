/** 증상에서 출발하는 문제 분류 (issue #16): 오류, 원인을 가르는 질문, 원인과 해결. */
export const triage = {
  title: '지금 보이는 오류에서 시작하기',
  intro:
    '보이는 오류를 고르거나 붙여넣으세요. 질문 한두 개로 원인을 가르고, 그 오류를 재현하는 시나리오와 해결 방법에 도착합니다. 아무것도 이 페이지를 떠나지 않습니다.',
  pasteLabel: '오류 메시지 (선택)',
  recognised: '인식함: {{symptom}}',
  notRecognised: '아래 오류 중 하나가 아닙니다. 가장 가까운 것을 고르세요.',
  symptomLegend: '어떤 오류가 보이나요?',
  next: '다음',
  back: '이전',
  restart: '처음부터',
  step: '질문 {{n}}',
  answersTitle: '지금까지',
  findOut: '확인하는 방법:',
  provesTitle: '오류가 이미 증명하는 것',
  causeTitle: '원인',
  fixTitle: '해결',
  openScenario: '이 오류를 재현하는 시나리오 열기',
  opened: '“{{title}}” 시나리오를 불러왔습니다. 아래 결과가 오류를 재현합니다.',
  tourButton: '내 오류 메시지에서 시작하기',
  symptoms: {
    'no-provider': {
      label: 'InvalidIdentityToken: No OpenIDConnect provider found in your account',
    },
    'incorrect-audience': { label: 'InvalidIdentityToken: Incorrect token audience' },
    'sts-access-denied': {
      label: 'AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    },
    'api-denied-role': {
      label: 'S3(또는 다른 서비스)의 AccessDenied, 앱의 역할 이름이 나옴',
    },
    'api-denied-node': {
      label: 'S3(또는 다른 서비스)의 AccessDenied, 노드의 역할 이름이 나옴 (…/i-…)',
    },
    'no-credentials': {
      label: 'Unable to locate credentials: SDK가 STS를 호출하지 않음',
      hint: '이 실습에서는 파드가 인스턴스 메타데이터 서비스에 닿으므로 같은 원인이 노드 역할의 AccessDenied로 나타납니다. 파드에서 IMDS를 막은 클러스터에서는 SDK가 자격 증명을 하나도 찾지 못합니다.',
    },
    expired: { label: 'ExpiredTokenException: Token expired' },
  },
  questions: {
    'role-account': {
      text: '역할(role-arn 어노테이션)이 클러스터와 같은 AWS 계정에 있나요?',
      answers: { other: '아니요, 다른 계정', same: '예, 같은 계정' },
    },
    'token-aud': {
      text: '파드에 있는 토큰의 aud는 무엇인가요?',
      answers: {
        sts: 'sts.amazonaws.com',
        other: '다른 값 (예: https://kubernetes.default.svc)',
      },
    },
    'sub-compare': {
      text: '토큰의 sub(system:serviceaccount:<namespace>:<name>)와 신뢰 정책의 :sub 값을 비교하세요. 무엇이 다른가요?',
      answers: {
        namespace: '네임스페이스',
        name: '서비스 어카운트 이름',
        wildcard: '정책 값에 StringEquals와 함께 *가 있음',
        equal: '다른 곳 없음: 같음',
      },
    },
    'other-statements': {
      text: '그렇다면 신뢰 정책의 나머지를 보세요. 무엇이 있나요?',
      answers: {
        deny: '이 서비스 어카운트에 해당하는 Deny 문',
        swapped: ':sub 아래의 sts.amazonaws.com (:sub와 :aud 값이 뒤바뀜)',
      },
    },
    annotation: {
      text: '서비스 어카운트에 eks.amazonaws.com/role-arn 어노테이션이 있나요?',
      answers: {
        missing: '아니요',
        present: '예, 하지만 파드가 시작된 뒤에 추가함',
      },
    },
  },
  causes: {
    'provider-in-role-account': {
      title: '역할의 계정에 이 클러스터의 OIDC 공급자가 없음',
      why: 'STS는 클러스터의 계정이 아니라 역할의 계정에서 공급자를 찾습니다. 다른 계정의 역할에는 그 계정에 클러스터 발급자의 OIDC 공급자가 따로 있어야 합니다.',
    },
    'provider-missing': {
      title: '이 클러스터 발급자의 OIDC 공급자가 없음',
      why: '토큰의 발급자에 대한 IAM OIDC 공급자가 계정에 없습니다. 만든 적이 없거나, 지웠거나, 새 ID로 다시 만든 클러스터의 것입니다.',
    },
    'provider-client-id': {
      title: 'OIDC 공급자의 클라이언트 ID에 sts.amazonaws.com이 없음',
      why: '토큰의 audience는 공급자의 클라이언트 ID 중 하나여야 합니다. 이 공급자에는 다른 값이 있습니다.',
    },
    'token-audience': {
      title: '파드가 다른 audience의 토큰을 내밈',
      why: 'STS는 aud가 공급자의 클라이언트 ID인 토큰만 받아들입니다. 웹훅은 audience 어노테이션이 따로 없으면 aud가 sts.amazonaws.com인 토큰을 넣습니다.',
    },
    'sub-namespace': {
      title: '신뢰 정책이 다른 네임스페이스를 가리킴',
      why: ':sub 조건은 system:serviceaccount:<namespace>:<name>과 정확히 같아야 합니다. 파드는 정책에 없는 네임스페이스에서 실행됩니다.',
    },
    'sub-service-account': {
      title: '신뢰 정책이 다른 서비스 어카운트를 가리킴',
      why: ':sub 조건은 파드의 서비스 어카운트와 같아야 합니다. 한 글자만 달라도 거부됩니다.',
    },
    'wildcard-string-equals': {
      title: 'StringEquals 안의 와일드카드',
      why: 'StringEquals는 글자 그대로 비교합니다. *는 이름이 “*”인 서비스 어카운트에만 맞습니다. 와일드카드에는 StringLike가 필요합니다.',
    },
    'explicit-deny': {
      title: '명시적 Deny가 이김',
      why: '해당하는 Deny 문은 신뢰 정책의 모든 Allow보다 우선합니다.',
    },
    'aud-sub-swapped': {
      title: ':sub와 :aud가 뒤바뀜',
      why: '두 조건 키의 값이 서로 바뀌어 어느 쪽도 토큰과 맞지 않습니다.',
    },
    'permission-policy': {
      title: '역할의 권한 정책이 그 호출을 허용하지 않음',
      why: 'IRSA는 동작했습니다. 호출은 여러분의 역할로 실행됐지만 권한 정책이 이 리소스에 대한 이 작업을 허용하지 않습니다.',
    },
    'no-annotation': {
      title: 'role-arn 어노테이션이 없어 웹훅이 아무것도 넣지 않음',
      why: '어노테이션이 없으면 파드에 AWS_ROLE_ARN도 토큰도 없습니다. SDK는 노드의 역할로 넘어갑니다.',
    },
    'annotation-after-pod-start': {
      title: '어노테이션이 파드보다 늦음',
      why: '웹훅은 파드가 생성될 때만 파드를 변경합니다. 실행 중인 파드는 다시 만들 때까지 이전 설정을 유지합니다.',
    },
    'expired-token': {
      title: '토큰이 만료됨',
      why: 'STS는 exp에서 5분이 지난 토큰을 거부합니다. kubelet이 파일을 교체해도 한 번만 읽은 앱은 이전 토큰을 계속 씁니다.',
    },
  },
}
