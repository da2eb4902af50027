import type { Messages } from '../en'

/** 용어집: IRSA 체인의 용어마다 짧은 설명 한 단락. */
export const glossary: Messages['glossary'] = {
  title: '용어집',
  close: '닫기',
  intro: 'IRSA 체인에 나오는 용어를 체인에서 만나는 순서대로 한 단락씩 설명합니다.',
  filter: '용어 찾기',
  noMatch: '맞는 용어가 없습니다.',
  popoverLabel: '용어집: {{term}}',
  more: '전체 용어',
  terms: {
    'access-keys': {
      term: 'IAM User 액세스 키',
      definition:
        'IAM User의 장기 자격 증명으로, AKIA로 시작하는 AccessKeyId와 SecretAccessKey입니다. 만료가 없어서 누군가 비활성화하거나 삭제할 때까지 계속 동작합니다. 유출된 키가 위험하고 애플리케이션에는 역할을 써야 하는 이유입니다.',
    },
    'iam-role': {
      term: 'IAM 역할',
      definition:
        '권한은 있지만 자기 자격 증명은 없는 ID입니다. 신뢰 정책에 적힌 주체가 Assume하면 세션 동안 쓸 임시 자격 증명을 받습니다. IRSA에서는 파드의 서비스 어카운트 하나가 역할 하나와 연결됩니다.',
    },
    'temporary-credentials': {
      term: '임시 자격 증명',
      definition:
        '역할을 Assume하면 STS가 돌려주는 것: AccessKeyId(ASIA…), SecretAccessKey, SessionToken, Expiration. Expiration이 지나면 동작하지 않습니다(기본 1시간, 최대는 역할의 MaxSessionDuration). SDK가 만료 전에 새로 받아 옵니다.',
    },
    'session-token': {
      term: '세션 토큰',
      definition:
        '임시 자격 증명의 세 번째 요소입니다. 임시 키로 서명한 요청에는 반드시 함께 실려야 하고(X-Amz-Security-Token), AWS는 이것으로 세션을 찾고 만료 여부를 확인합니다.',
    },
    sts: {
      term: 'STS (Security Token Service)',
      definition:
        '임시 자격 증명을 발급하는 AWS 서비스입니다. AWS 주체에는 AssumeRole, 파드 토큰 같은 OIDC 토큰에는 AssumeRoleWithWebIdentity를 씁니다. IRSA에서는 토큰을 검증하고 역할의 신뢰 정책을 평가합니다.',
    },
    'service-account': {
      term: '서비스 어카운트',
      definition:
        '파드 안 프로세스를 위한 Kubernetes ID로, 네임스페이스 하나에 속합니다. 모든 파드는 어떤 서비스 어카운트로 실행됩니다. IRSA에서는 어노테이션이 IAM 역할을 가리키고, 토큰의 subject인 system:serviceaccount:<네임스페이스>:<이름>을 신뢰 정책이 비교합니다.',
    },
    jwt: {
      term: 'JWT (JSON Web Token)',
      definition:
        '서명된 클레임 묶음으로, base64url로 인코딩한 세 부분 header.payload.signature로 이뤄집니다. 누구나 디코딩할 수 있지만 올바른 서명은 개인 키를 가진 쪽만 만들 수 있습니다. 서비스 어카운트 토큰이 JWT입니다.',
    },
    claims: {
      term: 'iss, sub, aud, exp',
      definition:
        'STS가 읽는 토큰 클레임입니다. iss는 발급자(클러스터의 OIDC URL), sub는 주체(system:serviceaccount:<네임스페이스>:<이름>), aud는 토큰을 받을 대상(sts.amazonaws.com), exp는 1970년부터 센 초 단위 만료 시각입니다. nbf와 iat는 시작 시점을 정합니다.',
    },
    kid: {
      term: 'kid (키 ID)',
      definition:
        'JWT에 서명한 키를 가리키는 헤더 필드입니다. 검증하는 쪽은 발급자의 JWKS에서 같은 kid의 키를 고릅니다. 키를 교체한 뒤에는 토큰의 kid가 더는 공개되지 않은 키를 가리킬 수 있습니다.',
    },
    oidc: {
      term: 'OIDC (OpenID Connect)',
      definition:
        'OAuth 2.0 위의 인증 계층입니다. IRSA가 쓰는 건 발급자 URL, discovery 문서, 공개 키입니다. 덕분에 STS를 포함해 누구나 발급자가 서명한 토큰을 검증할 수 있습니다. EKS 클러스터마다 자기 OIDC 발급자가 있습니다.',
    },
    discovery: {
      term: 'Discovery 문서',
      definition:
        'OIDC 발급자가 <issuer>/.well-known/openid-configuration에서 제공하는 JSON입니다. 발급자 URL, 공개 키가 있는 jwks_uri, 서명 알고리즘이 들어 있습니다. STS는 이걸 읽고 키를 찾아갑니다.',
    },
    jwks: {
      term: 'JWKS (JSON Web Key Set)',
      definition:
        'jwks_uri에서 제공하는 발급자의 공개 키 목록({ "keys": [...] })입니다. STS는 토큰 헤더의 kid와 같은 kid를 가진 키로 서명을 검증합니다.',
    },
    'oidc-provider': {
      term: 'IAM OIDC 공급자',
      definition:
        '계정이 어떤 OIDC 발급자를 신뢰할지 알려 주는 IAM 리소스로, 발급자 URL과 허용할 클라이언트 ID(audience)를 담습니다. IRSA에서는 sts.amazonaws.com입니다. 이 ARN이 신뢰 정책의 Federated 주체이고, 없으면 STS가 토큰을 거부합니다.',
    },
    'role-arn-annotation': {
      term: 'eks.amazonaws.com/role-arn',
      definition:
        '서비스 어카운트를 IAM 역할과 잇는 어노테이션입니다. 파드가 생성될 때 Pod Identity 웹훅이 이 값을 읽고, 그 역할을 위한 토큰과 환경 변수를 넣어 줍니다.',
    },
    webhook: {
      term: 'Pod Identity 웹훅',
      definition:
        'EKS가 운영하는 mutating admission 웹훅인 amazon-eks-pod-identity-webhook입니다. 어노테이션이 있는 서비스 어카운트로 파드가 생성되면 projected 토큰 볼륨과 AWS_ROLE_ARN, AWS_WEB_IDENTITY_TOKEN_FILE(그리고 리전 설정)을 추가합니다. 어노테이션 전에 만들어진 파드는 바뀌지 않습니다.',
    },
    'projected-token': {
      term: 'Projected 서비스 어카운트 토큰',
      definition:
        'kubelet이 정해진 audience와 유효 기간으로 요청해 파드에 파일로 마운트하는 서비스 어카운트 토큰입니다. IRSA에서는 audience가 sts.amazonaws.com, 유효 기간 24시간이고, kubelet이 수명의 80%가 지나면 새로 씁니다.',
    },
    kubelet: {
      term: 'kubelet',
      definition:
        '노드마다 돌면서 파드를 실행하는 에이전트입니다. IRSA에서는 API 서버에 projected 토큰을 요청해 파드 볼륨에 쓰고, 만료 전에 갱신합니다.',
    },
    'assume-role-web-identity': {
      term: 'AssumeRoleWithWebIdentity',
      definition:
        'OIDC 토큰을 역할의 임시 자격 증명으로 바꾸는 STS 호출입니다. AWS 자격 증명으로 서명하지 않고, 토큰 자체가 증명입니다. 오류(InvalidIdentityToken, AccessDenied, ExpiredTokenException…)를 보면 어느 검사에서 실패했는지 알 수 있습니다.',
    },
    'trust-policy': {
      term: '신뢰 정책',
      definition:
        '누가 역할을 Assume할 수 있는지 정하는 역할의 리소스 정책입니다(콘솔의 Trust Relationship). IRSA에서는 Principal Federated가 IAM OIDC 공급자, Action이 sts:AssumeRoleWithWebIdentity이고, 토큰의 :sub와 :aud에 조건을 겁니다.',
    },
    'condition-key': {
      term: '조건 키',
      definition:
        '정책 조건에 쓰는 이름으로, IAM이 요청에서 값을 채웁니다. 웹 ID의 경우 https://를 뺀 발급자 뒤에 :sub, :aud, :amr을 붙인 키입니다. 예: oidc.eks.ap-northeast-2.amazonaws.com/id/…:sub',
    },
    'string-operators': {
      term: 'StringEquals / StringLike',
      definition:
        '조건 연산자입니다. StringEquals는 대소문자까지 정확히 비교하므로 값의 *는 그냥 별표 문자입니다. StringLike는 와일드카드 *와 ?를 허용합니다. 패턴이 필요할 때만 조심해서 쓰세요. 네임스페이스 와일드카드는 더 많은 파드를 들여보냅니다.',
    },
    imds: {
      term: 'IMDS (인스턴스 메타데이터 서비스)',
      definition:
        '노드 자신의 역할 자격 증명을 내주는 EC2 엔드포인트(169.254.169.254)입니다. 파드가 여기에 닿으면 노드의 권한을 얻습니다. IRSA를 쓸 때는 홉 제한 1 등으로 막아서 파드가 자기 역할만 쓰게 하세요.',
    },
    'pod-identity': {
      term: 'EKS Pod Identity',
      definition:
        'IRSA의 새 대안입니다. 연결(클러스터, 네임스페이스, 서비스 어카운트 → 역할)과 노드마다 도는 에이전트로 동작합니다. 역할은 pods.eks.amazonaws.com을 sts:AssumeRole, sts:TagSession으로 신뢰하고, OIDC 공급자가 필요 없습니다.',
    },
  },
}
