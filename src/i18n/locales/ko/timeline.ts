import type { Messages } from '../en'

export const timeline: Messages['timeline'] = {
  title: '시뮬레이션 시계',
  intro:
    'projected token, 자격 증명, 탈취된 토큰 사본이 시간에 따라 어떻게 되는지 보여줍니다. 커서를 옮기면 그 시점 기준으로 결과를 다시 계산합니다.',
  lanes: {
    token: 'Projected token',
    credentials: '자격 증명 (SDK)',
    theft: '탈취된 사본',
  },
  bars: {
    'token-valid': '첫 토큰의 유효 기간 (iat ~ exp)',
    'token-skew': 'exp가 지났지만 5분 시계 오차 허용 안이라 STS가 아직 토큰을 받아 주는 구간',
    'credentials-valid': '첫 자격 증명의 유효 기간',
    'theft-works': '토큰 사본을 어디서든 쓸 수 있는 구간',
    'theft-skew': 'exp 뒤 5분의 시계 오차 허용 동안 사본이 아직 통하는 구간',
    'theft-credentials': '사본으로 받은 자격 증명이 아직 유효한 구간',
  },
  axis: { hours: '{{count}}시간' },
  units: { hours: '{{count}}시간', minutes: '{{count}}분' },
  sdk: {
    label: 'SDK',
    botocore: 'botocore (AWS CLI, boto3)',
    'js-v3': 'AWS SDK for JavaScript v3',
    'go-v2': 'AWS SDK for Go v2',
    'java-v2': 'AWS SDK for Java 2.x',
  },
  moves: {
    label: '시계 이동',
    previous: '◀ 이전 이벤트',
    plus10m: '+10분',
    plus1h: '+1시간',
    plus6h: '+6시간',
    next: '다음 이벤트 ▶',
  },
  cursor: {
    label: '시뮬레이션 시각',
    at: '커서: {{time}}.',
    issued: '이 시각에는 STS가 자격 증명을 발급합니다.',
    denied: '이 시각에는 STS가 {{code}}로 응답합니다.',
    none: '이 시각에는 자격 증명이 없습니다.',
    previous: '직전 이벤트 ({{when}}):',
    next: '다음 이벤트 ({{when}}):',
    skew: '시계 오차 허용 구간입니다. exp가 {{ago}} 전에 지났고, STS는 {{until}}까지 토큰을 받아 줍니다.',
    skewAhead: 'STS는 {{until}}까지 토큰을 받아 줍니다 (exp + 5분 시계 오차 허용).',
    skewPast: '시계 오차 허용(exp + 5분)이 {{until}}에 끝났습니다. STS는 토큰을 거부합니다.',
    anchor:
      '자격 증명 이벤트는 {{time}} 시점 실행 결과입니다. 커서 시각에는 자격 증명을 받지 못합니다.',
  },
  events: {
    token_issued: 'kubelet이 projected token을 씁니다. 유효 기간은 {{ttl}}입니다.',
    kubelet_refresh:
      '수명의 80 %가 지나 kubelet이 {{generation}}번째 토큰을 씁니다 ({{expires}}까지 유효).',
    token_expires: '첫 토큰의 exp 시각입니다. 파드는 이미 새 토큰을 읽은 지 오래입니다.',
    'token_skew-ends':
      'exp + {{skew}}: IAM이 허용하는 시계 오차가 끝납니다. 이제부터 STS는 ExpiredTokenException으로 응답합니다.',
    credentials_issued: 'STS가 SDK에 임시 자격 증명을 돌려줍니다.',
    sdk_refresh:
      '{{sdk}}가 만료 {{window}} 전에 {{token}}번째 토큰을 다시 읽고 AssumeRoleWithWebIdentity를 다시 호출합니다.',
    'sdk_refresh-mandatory': '{{sdk}}: 만료 {{window}} 전 필수 갱신 시점입니다 (이미 갱신됨).',
    credentials_expires: '첫 자격 증명이 만료됩니다. SDK가 그 전에 이미 교체했습니다.',
    'theft_token-copied':
      '토큰 사본이 유출됩니다. STS는 exp + {{skew}}(시계 오차 허용)까지 서명 없는 요청으로 어디서든 이 사본을 받아 줍니다.',
    'theft_token-rejected':
      'exp + {{skew}}: 이제부터 STS는 이 사본에 ExpiredTokenException으로 응답합니다.',
    'theft_credentials-expire':
      'STS가 사본을 받아 주는 마지막 순간에 받은 자격 증명은 {{duration}} 뒤에야 만료됩니다. 파드를 지워도 마찬가지입니다.',
  },
  assumptions: {
    'go-v2':
      'Go v2의 aws.CredentialsCache는 Expiration − ExpiryWindow 시점에 갱신합니다. ExpiryWindow는 기본값(0)으로 가정했습니다. 명세에서 확인되지 않은 부분입니다.',
    'java-v2':
      'Java v2는 만료 5분 전에 미리 갱신한다고 가정했습니다 (StsCredentialsProvider의 기본 prefetch time). 명세에서 확인되지 않은 부분입니다.',
    podIdentityTheft:
      'EKS Auth는 node 역할로 서명된 요청(eks-auth:AssumeRoleForPodIdentity)으로만 호출된다고 가정했습니다. 토큰만으로는 부족합니다.',
    unknown: '시뮬레이션의 가정입니다.',
  },
  list: {
    summary: '전체 이벤트 ({{count}}개)',
    past: '(지난 이벤트)',
    assumption: '가정: {{text}}',
  },
  notes: {
    noTimes: '토큰에 쓸 수 있는 iat와 exp가 없어 토큰 이벤트를 표시하지 않습니다.',
    noCredentials: '이 시나리오에서는 자격 증명이 발급되지 않아 자격 증명 이벤트가 없습니다.',
    truncated: '수명이 매우 짧아 반복되는 갱신 이벤트를 200개에서 잘랐습니다.',
  },
}
