import type { Messages } from '../en'

export const editors: Messages['editors'] = {
  title: '입력',
  tabsLabel: '시나리오 입력',
  tabs: {
    token: '토큰',
    serviceAccount: '서비스 어카운트',
    pod: '파드',
    oidcProvider: 'OIDC 공급자',
    jwks: 'JWKS',
    trustPolicy: '신뢰 정책',
    permissionPolicy: '권한 정책',
    request: 'STS 요청',
    role: '역할과 API 호출',
  },
  hints: {
    token:
      '파드가 STS에 보내는 projected 서비스 어카운트 토큰입니다. header.payload.signature 형태의 compact JWT입니다.',
    serviceAccount:
      'kubectl get sa -o yaml 결과 그대로의 서비스 어카운트입니다. annotations 아래에서 Ctrl+Space를 누르면 eks.amazonaws.com 어노테이션을 추천합니다.',
    pod: 'Pod Identity 웹훅을 거치기 전, 제출된 그대로의 파드입니다. 아래에서 웹훅이 무엇을 왜 바꾸는지 볼 수 있습니다.',
    oidcProvider:
      '계정에 등록된 IAM OIDC identity provider입니다. issuer URL, client ID(허용되는 audience), thumbprint로 구성됩니다.',
    jwks: '<issuer>/keys에서 제공하는 공개 키입니다. STS는 이 키로 토큰 서명을 검증합니다.',
    trustPolicy:
      '역할의 신뢰 정책입니다. 누가 어떤 조건에서 역할을 assume할 수 있는지 정합니다. Ctrl+Space로 이 클러스터 issuer의 condition key를 자동 완성할 수 있습니다.',
    permissionPolicy: 'assume한 뒤 역할이 할 수 있는 작업입니다. API 호출에 대해 평가됩니다.',
    request:
      'AssumeRoleWithWebIdentity 파라미터(roleArn, roleSessionName, durationSeconds)입니다. 비어 있는 값은 파드 환경 변수와 SDK 기본값을 따릅니다.',
    role: '클러스터 issuer, 계정과 역할, 그리고 발급된 자격 증명으로 하는 API 호출입니다.',
  },
  badge: '오류 {{errors}}개, 경고 {{warnings}}개',
  referenced: '선택한 단계가 읽은 입력',
  refHover: '선택한 단계가 읽은 부분',
  loading: '에디터를 불러오는 중…',
  previewLabel: '{{name}} (에디터가 로드될 때까지 읽기 전용)',
  editorLabel: '{{name}} 에디터',
  keyboardHint: {
    tabMovesFocus:
      '에디터에서 Tab을 누르면 포커스가 에디터 밖으로 옮겨 갑니다. Tab으로 공백을 넣으려면 Ctrl+M(macOS는 Ctrl+Shift+M)을 누르세요.',
    tabIndents:
      '에디터에서 Tab은 공백을 넣습니다. Tab으로 포커스를 다시 옮기려면 Ctrl+M(macOS는 Ctrl+Shift+M)을 누르세요.',
  },
  clock: {
    legend: '시계: 시뮬레이션 시각',
    label: '현재 시각 (UTC)',
    format: '연-월-일과 시각, UTC 기준: 2026-11-29T12:01:00.',
    invalid: '아직 날짜와 시각이 아닙니다. 2026-11-29T12:01:00(UTC) 형식으로 쓰세요.',
    now: '지금',
    plusHour: '+1시간',
    plusDay: '+1일',
    tokenExp: '토큰 exp',
    tokenExpTitle: '시계를 토큰 만료 시각(exp)으로 맞춥니다',
    skewEnd: 'exp + 5분',
    skewEndTitle:
      '시계를 STS가 토큰을 받아 주는 마지막 시각, 곧 exp 5분 뒤(시계 오차 허용)로 맞춥니다',
    skewNote:
      '시계 오차 허용: STS는 토큰의 exp({{exp}} UTC)보다 5분 뒤인 {{until}} UTC까지 토큰을 받아 줍니다. 그 뒤에는 ExpiredTokenException으로 응답합니다.',
    skewInside:
      '시계 오차 허용 구간입니다. exp({{exp}} UTC)는 지났지만 STS는 {{until}} UTC까지 토큰을 받아 줍니다.',
  },
  role: {
    roleLegend: '클러스터, 계정, 역할',
    issuer: '클러스터 OIDC issuer URL',
    accountId: 'AWS 계정 ID',
    roleName: '역할 이름',
    maxSessionDuration: 'MaxSessionDuration (초)',
    maxSessionHint: '3600(1시간)부터 43200(12시간)까지입니다.',
    callLegend: '자격 증명으로 하는 API 호출',
    action: 'Action',
    resource: 'Resource ARN',
  },
  pod: {
    mutatedTitle: 'Pod Identity 웹훅을 거친 파드',
    diffLabel: '웹훅 전(왼쪽)과 후(오른쪽)의 파드, 읽기 전용',
    notMutated: '웹훅이 파드를 바꾸지 않습니다: {{reason}}',
    noReason: '적용되는 IRSA 어노테이션이 없습니다.',
    defaultPod:
      '파드 에디터가 비어 있어서, 시뮬레이션은 서비스 어카운트로 실행되는 최소한의 파드를 사용합니다.',
    whyTitle: '주입된 항목과 이유',
  },
  why: {
    volume:
      '볼륨 {{name}}: audience {{audience}}, 유효 기간 {{seconds}}초의 projected 서비스 어카운트 토큰입니다. kubelet이 토큰을 쓰고 만료 전에 갱신합니다.',
    mount:
      '컨테이너 {{container}}가 {{name}}을 {{path}}에 읽기 전용으로 마운트합니다. SDK는 여기서 토큰을 읽습니다.',
    env: {
      AWS_ROLE_ARN: '서비스 어카운트의 eks.amazonaws.com/role-arn 어노테이션에 적힌 역할입니다.',
      AWS_WEB_IDENTITY_TOKEN_FILE:
        '토큰이 마운트된 경로입니다. AWS_ROLE_ARN과 함께 있으면 SDK가 AssumeRoleWithWebIdentity를 호출합니다.',
      AWS_REGION: '클러스터 리전입니다(EKS는 웹훅을 --aws-default-region으로 실행합니다).',
      AWS_DEFAULT_REGION: '같은 리전으로, 오래된 SDK와 AWS CLI v1을 위한 값입니다.',
      AWS_STS_REGIONAL_ENDPOINTS:
        '리전 STS 엔드포인트를 사용합니다(EKS가 웹훅을 --sts-regional-endpoint로 실행하거나, sts-regional-endpoints 어노테이션으로 요청한 경우).',
      other: '웹훅이 설정한 값입니다.',
    },
  },
  annotations: {
    roleArn: '파드가 assume할 IAM 역할입니다. AWS_ROLE_ARN으로 주입됩니다.',
    audience:
      '토큰 audience입니다(기본값 sts.amazonaws.com). IAM OIDC 공급자의 client ID 중 하나여야 합니다.',
    stsRegionalEndpoints:
      '"true"이면 SDK가 리전 STS 엔드포인트를 호출합니다(AWS_STS_REGIONAL_ENDPOINTS=regional).',
    tokenExpiration: '토큰 유효 기간(초)입니다. 최소 600, 기본값 86400입니다.',
    skipContainers: '웹훅이 건드리지 않을 컨테이너 이름을 쉼표로 구분해 적습니다.',
  },
}
