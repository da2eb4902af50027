import type { Messages } from '../en'

export const verdict: Messages['verdict'] = {
  issued: '자격 증명 발급됨',
  issuedBody: 'STS가 {{subject}}의 토큰을 신뢰하고 {{arn}}의 임시 자격 증명을 발급했습니다.',
  denied: 'STS가 거부함',
  neverCalled: '웹 ID 설정 없음: STS를 호출하지 않았습니다',
  invalid: '시나리오를 시뮬레이션할 수 없습니다',
  invalidBody: '아래 오류를 고치세요. 서비스 어카운트나 파드를 읽을 수 없습니다.',
  stoppedAt: '멈춘 곳:',
  credentialsLabel: 'aws sts assume-role-with-web-identity 출력',
  resigned: 'IRSA Lab이 서명을 다시 생성했습니다: 수정한 클레임을 클러스터 키로 다시 서명했습니다.',
  callDenied: '하지만 API 호출은 거부됨',
  callAllowed: 'API 호출이 허용됩니다: {{resource}}에 대한 {{action}}.',
  cliLabel: 'AWS CLI 출력 그대로',
  sdkTitle: 'SDK 로그에서 보이는 같은 오류',
  sdkCredentialsTitle: 'SDK가 돌려주는 같은 자격 증명',
  sdkTabs: 'SDK',
  assumptionsTitle: '명시된 가정',
  fixesTitle: '해결',
  fixApplied: '적용함: {{label}}',
  why: {
    noWebIdentity:
      '컨테이너에 AWS_ROLE_ARN과 AWS_WEB_IDENTITY_TOKEN_FILE이 없어서 SDK가 IRSA를 아예 쓰지 않습니다. 서비스 어카운트에 eks.amazonaws.com/role-arn 어노테이션이 필요합니다.',
    invalidArn: '역할 ARN {{arn}}이 올바른 IAM 역할 ARN이 아닙니다.',
    validation: 'STS가 토큰을 보기도 전에 요청 파라미터를 거부했습니다.',
    malformedToken: '웹 ID 토큰이 읽을 수 있는 JWT가 아닙니다.',
    missingClaim: '토큰에 STS가 요구하는 {{claim}} 클레임이 없습니다.',
    noProvider:
      '계정에 토큰 발급자 {{issuer}}에 해당하는 IAM OIDC 공급자가 없습니다 (STS가 찾은 ARN: {{arn}}).',
    audience: '토큰의 audience {{aud}}가 IAM OIDC 공급자의 클라이언트 ID에 없습니다.',
    discovery: 'STS가 발급자 {{issuer}}의 OpenID 구성을 가져올 수 없습니다.',
    jwksEmpty: '발급자가 공개한 키가 없어서 STS가 어떤 토큰도 검증할 수 없습니다.',
    keyNotFound: '토큰은 키 {{kid}}로 서명됐는데, 발급자의 JWKS에 그 키가 없습니다.',
    signature:
      '서명이 헤더·페이로드와 맞지 않습니다. 서명 후에 토큰이 바뀌었거나 다른 키로 서명됐습니다.',
    expired: '토큰이 {{exp}}에 만료됐습니다. 시나리오 시계 {{now}}보다 이전입니다.',
    notYetValid: '토큰이 아직 유효하지 않습니다. nbf가 시나리오 시계보다 뒤입니다.',
    notInteger:
      '토큰의 {{claim}}이(가) 정수가 아닙니다. STS는 정수 타임스탬프만 받으므로 토큰을 거부합니다.',
    nodeRole:
      '컨테이너에 웹 자격 증명이 없어서 SDK가 노드의 인스턴스 역할을 썼습니다. 앱은 {{arn}}(으)로 실행됐고, 이 역할에는 해당 호출 권한이 없습니다. 서비스 어카운트에 eks.amazonaws.com/role-arn 어노테이션을 달고 파드를 다시 만드세요.',
    trustPolicyTooLarge:
      'IAM이 이 신뢰 정책의 저장을 거부합니다. {{size}}자로 ACLSizePerRole 할당량 {{quota}}자를 넘습니다 (LimitExceeded). 줄이거나 할당량을 최대 4,096자까지 늘려 달라고 요청하세요.',
    roleNotFound: '계정에 역할 {{arn}}이 없습니다.',
    trustCondition:
      '신뢰 정책은 {{operator}} {{key}} = {{want}}를 요구하지만 토큰의 값은 {{got}}입니다.',
    trustDeny: '신뢰 정책의 Deny 문이 이 토큰에 해당합니다.',
    trustNoStatement: '신뢰 정책에 이 토큰을 허용하는 문이 없습니다.',
    duration: '요청한 세션 {{requested}}초가 역할의 최대값 {{max}}초보다 깁니다.',
    apiDenied: '역할의 권한 정책이 이 리소스에 대한 {{action}}을 허용하지 않습니다 ({{decision}}).',
    generic: '“{{title}}” 단계가 실패했습니다.',
  },
  reissue: {
    help: '토큰이 파드의 서비스 어카운트가 아닌 다른 서비스 어카운트의 것입니다. kubelet이라면 새 토큰을 마운트합니다.',
    button: 'kubelet이 이 서비스 어카운트에 발급할 토큰 마운트',
  },
  fix: {
    recreatePod: '파드를 다시 만들어 웹훅이 새 파드를 변경하게 하기',
    addClientId: 'provider 클라이언트 ID에 {{aud}} 추가',
    addProvider: '{{issuer}}용 IAM OIDC 공급자 추가',
    setSub: '{{key}} 값을 {{value}}로 설정',
    setAud: '{{key}} 값을 {{value}}로 설정',
    useStringLike: '{{key}}에 StringLike 사용 (와일드카드 포함)',
    moveClock: '시계를 exp 이전인 {{now}}로 이동',
    removeDuration: 'DurationSeconds 제거 (기본값 3600초 사용)',
    setRoleArnAnnotation: 'role-arn 어노테이션을 {{arn}}로 설정',
    setRequestRoleArn: '요청의 역할 ARN을 {{arn}}로 설정',
    allowCall: '권한 정책에서 {{action}} 허용',
    publishKey: 'JWKS에 클러스터 키 공개',
  },
}
