import type { Messages } from '../en'

/** 엔진 단계 문구: 단계 id(또는 kind)별 제목, step.data로 채우는 설명, 이유 코드, 가정. */
export const engineText: Messages['engineText'] = {
  steps: {
    webhook: {
      mutate: {
        title: 'Pod Identity 웹훅이 파드를 변경',
        injected: 'patch 작업 {{count}}개 주입: 토큰 볼륨, 볼륨 마운트, AWS_* 환경 변수.',
        skipped: '변경하지 않음: {{reason}}.',
        existing:
          '이미 있는 파드입니다 (uid, 생성 시각 또는 status가 있음). 웹훅은 파드를 만들 때만 동작하므로 파드는 그때 받은 설정을 그대로 씁니다.',
      },
    },
    kubelet: {
      token: {
        title: 'kubelet이 projected 서비스 어카운트 토큰을 마운트',
        mounted: '토큰 파일은 읽기 전용으로 마운트되고, kubelet이 수명의 80 %가 지나면 갱신합니다.',
      },
    },
    sdk: {
      'credential-chain': {
        title: 'AWS SDK가 환경 변수에서 web identity 설정을 찾음',
        found: 'AWS_ROLE_ARN={{roleArn}}, 토큰 파일: {{tokenFile}}',
        foundScenario: 'AWS_ROLE_ARN={{roleArn}}, 토큰은 시나리오의 것을 씁니다.',
        noWebIdentity:
          '자격 증명 체인이 노드의 인스턴스 역할로 넘어갑니다. IRSA는 전혀 쓰이지 않습니다.',
        noWebIdentityNode:
          '자격 증명 체인이 노드의 인스턴스 역할(IMDS)로 넘어갑니다. 앱은 서비스 어카운트의 역할이 아니라 {{arn}}(으)로 실행됩니다.',
      },
    },
    sts: {
      request: {
        title: 'SDK가 sts:AssumeRoleWithWebIdentity 호출 (서명 없음)',
        post: 'POST {{endpoint}}/',
      },
      token: {
        title: 'STS가 web identity 토큰을 읽음',
        unreadable: '토큰을 JWT로 읽을 수 없습니다.',
      },
      audience: {
        title: '토큰의 audience가 공급자의 클라이언트 ID 중 하나여야 함',
        matched: 'aud {{aud}}: 공급자의 클라이언트 ID에 있습니다.',
        mismatch: 'aud {{aud}}: 클라이언트 ID {{clientIds}}에 없습니다.',
        noClaim: '토큰에 {{claim}} 클레임이 없습니다.',
      },
      duration: {
        title: '세션이 역할의 최대 세션 시간을 넘으면 안 됨',
        within: '{{requested}}초 ≤ {{max}}초',
        exceeds: '{{requested}}초 > {{max}}초',
      },
      credentials: {
        title: 'STS가 임시 자격 증명을 반환',
        validUntil: '유효 기한: {{expiration}}',
      },
    },
    iam: {
      provider: {
        title: 'STS가 토큰 발급자의 IAM OIDC 공급자를 찾음',
        found: '찾음: {{arn}}',
        lookedFor: '찾은 ARN: {{arn}} (없음)',
        noIss: '토큰에 iss 클레임이 없습니다.',
      },
      role: {
        title: 'STS가 역할과 신뢰 정책을 찾음',
        found: '찾음: {{arn}}',
        notFound: '계정 {{account}}에 역할 {{arn}}이 없습니다.',
      },
    },
    oidc: {
      discovery: {
        title: 'STS가 발급자의 OpenID 설정을 가져옴',
        get: 'GET {{url}}',
        unreachable: 'GET {{url}}: 요청이 성공할 수 없습니다.',
        otherCluster:
          'GET {{url}}: 이 시나리오의 클러스터는 발급자가 달라서, 그 키로는 이 토큰을 검증할 수 없습니다.',
      },
      jwks: {
        title: 'STS가 발급자의 공개 키(JWKS)를 가져옴',
        keys: 'GET {{url}}: 키 {{count}}개',
        noKeys: 'GET {{url}}: 키 없음',
      },
    },
    jwt: {
      key: {
        title: 'STS가 토큰의 kid로 키를 고름',
        selected: '{{reason}}',
        noUsableKey: '쓸 수 있는 키 없음: {{reason}}',
      },
      signature: {
        title: 'STS가 토큰 서명을 검증',
        verified: 'WebCrypto로 {{alg}} 서명을 검증했습니다.',
      },
      time: {
        title: 'STS가 토큰의 시간 클레임을 확인',
        expWithinSkew:
          'exp가 {{seconds}}초 지났지만, IAM 문서에 있는 {{skew}}초 시계 오차 허용 안이라 STS가 아직 토큰을 받아들입니다.',
        nbfWithinSkew:
          'nbf가 {{seconds}}초 뒤이지만 {{skew}}초 시계 오차 허용 안이라 받아들입니다 (nbf에도 적용된다고 가정).',
      },
    },
    trust: {
      evaluate: { title: 'IAM이 역할의 신뢰 정책을 평가' },
      statement: { title: 'Statement {{name}} ({{effect}})' },
      condition: { title: '{{operator}} {{key}}' },
    },
    api: {
      call: { title: '앱이 임시 자격 증명으로 AWS 호출', named: '{{operation}} {{resource}}' },
    },
  },
  decisions: {
    Allow: '허용: 요청을 허용하는 Statement가 있고 거부하는 Statement는 없습니다.',
    ExplicitDeny: '명시적 거부: Deny Statement가 일치합니다.',
    ImplicitDeny: '암시적 거부: 요청을 허용하는 Statement가 없습니다.',
  },
  keyReasons: {
    'kid-match': 'kid가 토큰의 kid와 같은 키입니다.',
    'single-key-no-kid': '토큰에도, 하나뿐인 키에도 kid가 없습니다.',
    'no-kid-several-keys': '토큰에 kid가 없고 kid가 ""인 키도 없습니다.',
    'unknown-kid': '토큰의 kid를 가진 키가 없습니다.',
    'alg-mismatch': '이 kid의 키는 다른 알고리즘용입니다.',
    'kty-mismatch': '이 kid의 키는 타입이 달라 토큰을 검증할 수 없습니다.',
    'empty-jwks': 'JWKS에 키가 없습니다.',
  },
  conditionReasons: {
    matched: '요청 값 하나가 정책 값과 일치했습니다.',
    'no-value-matched': '어떤 요청 값도 정책 값과 일치하지 않았습니다.',
    'key-absent': '요청에 키가 없어 조건이 거짓입니다.',
    'absent-ifexists': '요청에 키가 없고 연산자가 IfExists로 끝나서 참입니다.',
    'negated-absent': '요청에 키가 없고 부정 연산자라서 참입니다.',
    'negated-none-matched': '부정 연산자: 일치하는 요청 값이 없어 참입니다.',
    'negated-value-matched': '부정 연산자: 요청 값이 일치해서 거짓입니다.',
    'null-matched': 'Null: 키의 유무가 정책이 요구하는 대로입니다.',
    'null-not-matched': 'Null: 키의 유무가 정책이 요구하는 것과 다릅니다.',
    'for-any-value-matched': 'ForAnyValue: 요청 값 중 하나 이상이 일치했습니다.',
    'for-any-value-none-matched': 'ForAnyValue: 일치하는 요청 값이 없습니다.',
    'for-any-value-empty': 'ForAnyValue인데 키가 없거나 빈 집합이라 거짓입니다.',
    'for-all-values-matched': 'ForAllValues: 모든 요청 값이 일치했습니다.',
    'for-all-values-unmatched-value': 'ForAllValues: 일치하지 않는 요청 값이 있습니다.',
    'for-all-values-empty': 'ForAllValues인데 키가 없거나 빈 집합이라 참입니다.',
    'for-all-values-empty-string':
      'ForAllValues인데 값이 빈 문자열입니다. IAM은 빈 문자열을 null 데이터 집합으로 보므로 참입니다.',
    'for-any-value-empty-string':
      'ForAnyValue인데 값이 빈 문자열입니다. IAM은 빈 문자열을 null 데이터 집합으로 보므로 거짓입니다.',
    'null-empty-string':
      'Null: 키의 값이 빈 문자열이라, IAM은 키가 있는 것이 아니라 null(없음)로 봅니다.',
    'unknown-operator': 'IAM 조건 연산자가 아니어서 조건이 참이 될 수 없습니다.',
    'invalid-operator': 'IAM이 거부하는 연산자 형태라 조건이 참이 될 수 없습니다.',
  },
  skipReasons: {
    notAnObject: '파드가 객체가 아님',
    noSpec: '파드에 spec이 없음',
    skipLabel: '파드에 skip-pod-identity-webhook 레이블이 있어 웹훅이 호출되지 않음',
    otherServiceAccount: '파드가 주어진 것과 다른 서비스 어카운트로 실행됨',
    noRoleArn: '서비스 어카운트에 role-arn 어노테이션이 없거나 비어 있음',
    internal: '시뮬레이터 실패 (발견 사항 참고)',
    existing: '이미 있는 파드',
  },
  assumptions: {
    discovery:
      'EKS discovery 문서의 정확한 필드 구성은 AWS 문서에 없고, issuer와 jwks_uri만 확인됩니다. 나머지 필드는 amazon-eks-pod-identity-webhook의 SELF_HOSTED_SETUP.md 템플릿을 따릅니다.',
    keySelection:
      'STS는 kid가 정확히 같은 키로 검증합니다. kid 없는 토큰은 kid가 ""인 키하고만 맞습니다 (amazon-eks-pod-identity-webhook의 SELF_HOSTED_SETUP.md). 키가 하나뿐인 JWKS에서도 그 키로 대신하지 않는다는 점(amazon-eks-pod-identity-webhook 이슈 #12)과 alg나 kty가 토큰의 alg와 맞지 않는 키를 거부한다는 점(RFC 7517 §4.4)은 AWS 문서가 아니라 추론입니다.',
    durationAfterTrust:
      'STS는 신뢰 정책이 호출을 허용한 뒤에 DurationSeconds를 역할의 최대값과 비교한다고 가정합니다.',
    severalAudiences:
      '토큰에 audience가 여러 개면 그중 하나라도 클라이언트 ID이면 STS가 받아들인다고 가정합니다.',
    validationWording:
      '길이와 범위 제약 메시지는 확인된 패턴 제약 메시지 형식을 따랐고, 정확한 문구는 확인되지 않았습니다.',
    malformedToken:
      'JWT가 아닌 토큰에 STS가 InvalidIdentityToken으로 응답한다고 가정합니다. 정확한 메시지는 확인되지 않았습니다.',
    missingClaim: 'aud와 sub에서 확인된 문구이고, {{claim}}도 같다고 가정합니다.',
    notYetValid:
      'nbf 전에 쓴 토큰은 InvalidIdentityToken으로 거부된다고 가정합니다. 정확한 메시지는 확인되지 않았습니다.',
    issuerUnreachable:
      'STS가 HTTPS로 가져올 수 없는 발급자는 JWKS에 접근할 수 없을 때와 똑같이 실패한다고 가정합니다.',
    otherIssuer:
      '토큰의 발급자가 시나리오의 클러스터가 아니어서, 그 키에 접근할 수 없는 것으로 처리합니다.',
    skewNbfIat:
      'IAM 문서에 있는 5분 시계 오차 허용은 exp에 대한 것뿐입니다. nbf 앞에도 같은 5분을 허용하고, iat가 미래인 토큰은 거부하지 않는다고 가정합니다.',
    noIat:
      'iat가 없는 토큰도 받아들인다고 가정합니다. RFC 7519에서 iat는 선택 항목이고, 필수라고 적은 AWS 자료가 없습니다.',
    nonIntegerTime:
      'API 레퍼런스는 타임스탬프가 정수여야 한다고 합니다. exp, nbf, iat가 소수이거나 문자열인 토큰은 읽을 수 없는 토큰처럼 InvalidIdentityToken으로 거부된다고 가정합니다. 정확한 메시지는 확인되지 않았습니다.',
    severalAudiencesContext:
      '토큰에 audience가 여러 개면, :aud 조건 키에는 STS가 클라이언트 ID와 맞춘 audience 하나가 들어간다고 가정합니다.',
    azp: '일반 OIDC 공급자에서 azp는 :azp 조건 키만 채우고, :aud는 토큰의 aud를 그대로 쓴다고 가정합니다 (aud = azp 대응은 Google에 대해서만 문서에 있습니다).',
    trustPolicySize:
      'IAM은 신뢰 정책 길이를 공백을 뺀 JSON(문자열 밖의 공백은 세지 않음)으로 센다고 가정합니다.',
    selfAssume:
      '역할이 자기 자신을 맡으려면 신뢰 정책에 그 역할의 ARN이 있어야만 허용된다고 가정합니다. 자격 증명 정책은 보지 않습니다.',
    nodeRole:
      '파드가 IMDS에 닿는다고 가정합니다 (IMDSv1이거나 hop limit이 2). 노드 역할은 EKS 워커 노드 정책만 붙은 AmazonEKSNodeRole이라 앱의 호출은 하나도 허용하지 않으며, 인스턴스 i-1234567890abcdef0이 노드를 대신합니다.',
    unknownKid:
      'kid가 공개된 어떤 키와도 맞지 않는 토큰은 “Couldn’t retrieve verification key”로 실패한다고 가정합니다.',
  },
}
