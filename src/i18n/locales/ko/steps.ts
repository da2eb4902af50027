import type { Messages } from '../en'

export const steps: Messages['steps'] = {
  title: '무슨 일이 있었나',
  listLabel: 'IRSA 체인의 단계',
  status: { pass: '통과', fail: '실패', skip: '건너뜀', info: '참고' },
  assumption: '가정: {{text}}',
  untranslated: '영어 원문',
  awsSays: 'AWS 응답:',
}

/** 입력에 대한 발견 사항. `messages`는 엔진의 finding 코드(점은 밑줄로)별 문장. */
export const findings: Messages['findings'] = {
  title: '발견 사항',
  none: '입력에 대해 알릴 것이 없습니다.',
  severity: { error: '오류', warning: '경고', info: '참고' },
  where: '{{source}}의 {{pointer}}',
  whereDocument: '{{source}}',
  sources: {
    token: '토큰',
    serviceAccount: '서비스 어카운트',
    pod: '파드',
    trustPolicy: '신뢰 정책',
    permissionPolicy: '권한 정책',
    jwks: 'JWKS',
    oidcProvider: 'OIDC 공급자',
    request: 'STS 요청',
  },
  messages: {
    'webhook_sa_not-an-object': '서비스 어카운트 매니페스트가 객체가 아닙니다.',
    'webhook_sa_wrong-kind': '이 매니페스트는 서비스 어카운트가 아닙니다 (kind가 다릅니다).',
    'webhook_sa_name-missing':
      '서비스 어카운트에 metadata.name이 없습니다. 웹훅이 네임스페이스와 이름으로 찾을 수 없습니다.',
    'webhook_sa_invalid-field':
      '웹훅이 읽는 필드의 타입이 잘못됐습니다. API 서버가 이 매니페스트를 거부합니다.',
    'webhook_sa_role-arn-missing':
      'eks.amazonaws.com/role-arn 어노테이션이 없습니다. 이 서비스 어카운트를 쓰는 파드는 변경되지 않습니다.',
    'webhook_sa_role-arn-empty':
      'role-arn 어노테이션이 비어 있습니다. 웹훅은 ARN이 있을 때만 파드를 변경합니다.',
    'webhook_sa_role-arn-malformed':
      'role-arn 어노테이션이 올바른 역할 ARN이 아닙니다. 웹훅은 경고만 남기고 그대로 주입합니다.',
    'webhook_sa_role-arn-other-prefix':
      '다른 접두사의 role-arn 어노테이션입니다. 오타이거나 --annotation-prefix가 다른 웹훅입니다.',
    'webhook_sa_audience-empty':
      'audience가 비어 있습니다. projected 토큰에 API 서버의 기본 audience가 들어갑니다.',
    'webhook_sa_audience-not-sts':
      'audience가 sts.amazonaws.com이 아닙니다. IAM OIDC 공급자의 클라이언트 ID에 있어야 합니다.',
    'webhook_sa_sts-regional-endpoints-invalid':
      '웹훅이 해석할 수 있는 불리언 값이 아닙니다. 무시되고 웹훅 플래그 값이 적용됩니다.',
    'webhook_sa_token-expiration-invalid':
      '토큰 만료 시간이 정수가 아닙니다. 무시되고 웹훅 기본값이 적용됩니다.',
    'webhook_sa_token-expiration-raised':
      '토큰 만료 시간이 600초 미만입니다. 웹훅이 600초로 올립니다.',
    'webhook_sa_token-expiration-too-large':
      '토큰 만료 시간이 2^32초를 넘습니다. API 서버가 파드를 거부합니다.',
    'webhook_pod_not-an-object': '파드 매니페스트가 객체가 아닙니다.',
    'webhook_pod_spec-missing': '파드에 spec이 없습니다. 웹훅이 patch할 대상이 없습니다.',
    'webhook_pod_invalid-field':
      '웹훅이 읽는 필드의 타입이 잘못됐습니다. API 서버가 이 파드를 거부합니다.',
    'webhook_pod_skip-label': '파드에 skip 레이블이 있어 웹훅이 아예 호출되지 않습니다.',
    'webhook_pod_service-account-defaulted':
      'spec.serviceAccountName이 없습니다. 파드는 default 서비스 어카운트로 실행됩니다.',
    'webhook_pod_service-account-mismatch':
      '파드가 주어진 것과 다른 서비스 어카운트(또는 네임스페이스)로 실행됩니다.',
    'webhook_pod_no-containers': '파드에 컨테이너가 없습니다. API 서버가 거부합니다.',
    'webhook_pod_unknown-field':
      'Kubernetes가 모르는 컨테이너 필드입니다. 웹훅이 컨테이너를 다시 쓸 때 사라집니다.',
    'webhook_pod_skip-containers-invalid':
      'skip-containers 어노테이션이 올바른 쉼표 구분 목록이 아닙니다. 건너뛰는 컨테이너가 없습니다.',
    'webhook_pod_skip-containers-unmatched':
      'skip-containers의 이름과 맞는 컨테이너가 없습니다 (공백도 구분합니다).',
    'webhook_pod_container-skipped': 'skip-containers에 있어서 이 컨테이너는 그대로 둡니다.',
    'webhook_pod_container-unchanged':
      '자격 증명, 리전, 리전별 STS 변수가 모두 있어 컨테이너를 그대로 둡니다.',
    'webhook_pod_identity-env-present':
      'AWS_ROLE_ARN 또는 AWS_WEB_IDENTITY_TOKEN_FILE이 이미 있어 둘 다 주입하지 않습니다.',
    'webhook_pod_region-env-present':
      'AWS_REGION 또는 AWS_DEFAULT_REGION이 이미 있어 리전 변수를 주입하지 않습니다.',
    'webhook_pod_sts-env-present':
      'AWS_STS_REGIONAL_ENDPOINTS가 이미 있어 컨테이너의 값을 유지합니다.',
    'webhook_pod_volume-exists': '웹훅이 쓰는 이름의 볼륨이 이미 있어 바꾸지 않고 그대로 둡니다.',
    'webhook_pod_volume-mount-exists':
      '웹훅 볼륨의 마운트가 이미 있어 원래 mountPath 그대로 둡니다.',
    'webhook_pod_token-expiration-invalid':
      '파드의 token-expiration이 정수가 아닙니다. 서비스 어카운트의 값이 적용됩니다.',
    'webhook_pod_token-expiration-raised':
      '파드의 token-expiration이 600초 미만이라 600초로 올립니다.',
    'webhook_pod_token-expiration-too-large':
      '파드의 token-expiration이 2^32초를 넘습니다. API 서버가 파드를 거부합니다.',
    webhook_pod_windows: 'Windows 노드 셀렉터입니다. 토큰 파일 경로를 Windows 방식으로 씁니다.',
    webhook_pod_unchanged: '이미 다 들어 있어 patch가 같은 값을 다시 씁니다.',
    'webhook_internal-error':
      '웹훅 시뮬레이션이 실패했습니다 (입력이 아니라 IRSA Lab의 결함입니다).',
    'webhook_container-credentials_selected':
      '이 네임스페이스와 서비스 어카운트가 container-credentials 설정에 있어 EKS Pod Identity 모드로 동작합니다.',
    'webhook_container-credentials_role-arn-ignored':
      'role-arn 어노테이션은 무시됩니다. container credentials가 IRSA보다 우선합니다.',
    'webhook_container-credentials_jitter':
      '기본 24시간 토큰 수명 대신 22~24시간 사이의 무작위 값(jitter)을 씁니다.',
    'webhook_container-credentials_env-present':
      'AWS_CONTAINER_CREDENTIALS_FULL_URI 또는 AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE이 이미 있어 둘 다 주입하지 않습니다.',
    'webhook_container-credentials_web-identity-env-present':
      '컨테이너에 AWS_ROLE_ARN / AWS_WEB_IDENTITY_TOKEN_FILE도 있습니다. SDK는 web identity를 먼저 시도합니다.',
    oidc_issuer_empty: '발급자(issuer) URL이 비어 있습니다.',
    'oidc_issuer_not-url': '발급자가 URL이 아닙니다.',
    'oidc_issuer_not-https': '발급자는 https를 써야 합니다.',
    oidc_issuer_query: '발급자 URL에는 쿼리가 있으면 안 됩니다.',
    oidc_issuer_fragment: '발급자 URL에는 프래그먼트가 있으면 안 됩니다.',
    oidc_issuer_port: '발급자 URL에는 포트가 있으면 안 됩니다. IAM이 거부합니다.',
    oidc_issuer_userinfo: '발급자 URL에 사용자 이름이나 비밀번호가 있으면 안 됩니다.',
    'oidc_issuer_trailing-slash':
      '발급자가 "/"로 끝납니다. 정확히 일치해야 하므로 IAM 공급자 URL도 "/"로 끝나야 합니다.',
    'oidc_issuer_not-eks': 'EKS 발급자가 아닙니다. 자체 관리 클러스터라면 괜찮습니다.',
    'oidc_jwks_not-object': 'JWKS가 객체가 아닙니다.',
    'oidc_jwks_no-keys': 'JWKS에 keys 배열이 없습니다.',
    oidc_jwks_empty: 'JWKS에 키가 없습니다. 어떤 토큰도 검증할 수 없습니다.',
    'oidc_jwks_key-not-object': 'JWKS의 키 하나가 객체가 아닙니다.',
    'oidc_jwks_kty-missing': '키에 kty가 없습니다.',
    'oidc_jwks_kty-unsupported': 'STS가 쓰지 않는 키 타입(kty)입니다.',
    'oidc_jwks_member-missing': '키에 해당 키 타입에 필요한 멤버가 없습니다.',
    'oidc_jwks_member-invalid': '키의 멤버가 올바른 base64url이 아니거나 타입이 잘못됐습니다.',
    'oidc_jwks_kid-missing':
      '키에 kid가 없습니다. kid 없는 토큰만, 그것도 kid가 ""일 때만 쓸 수 있습니다.',
    'oidc_jwks_duplicate-kid': '두 키의 kid가 같습니다. STS는 어느 키인지 구분할 수 없습니다.',
    'oidc_jwks_use-not-sig': '키의 use가 "sig"가 아닙니다. 서명용 키가 아닙니다.',
    'oidc_jwks_alg-not-accepted': '키의 alg는 STS가 받지 않는 알고리즘입니다.',
    'oidc_jwks_private-member':
      'JWKS에 개인 키 멤버가 공개돼 있습니다. 누구나 토큰에 서명할 수 있으니 키를 교체하세요.',
    'oidc_key_empty-jwks': 'JWKS에 검증할 키가 없습니다.',
    'oidc_key_unknown-kid': 'JWKS에 토큰의 kid를 가진 키가 없습니다 (교체됐거나 다른 곳의 키?).',
    'oidc_key_no-kid': '토큰에 kid가 없습니다. STS는 kid가 ""인 키를 찾습니다.',
    'oidc_key_empty-kid-match': 'kid가 ""인 키가 kid 없는 토큰을 검증합니다.',
    'oidc_key_single-key-no-kid':
      '토큰에도 유일한 키에도 kid가 없습니다. STS가 찾으려면 kid가 ""인 키가 있어야 합니다.',
    'oidc_key_no-kid-several-keys':
      '토큰에 kid가 없고 kid가 ""인 키도 없습니다. STS는 어느 키를 쓸지 알 수 없습니다.',
    'oidc_key_kty-mismatch':
      'kid가 가리키는 키의 타입(또는 곡선)으로는 토큰의 alg를 검증할 수 없습니다.',
    'oidc_key_alg-mismatch': 'kid가 가리키는 키는 토큰과 다른 알고리즘용입니다.',
    'oidc_key_ambiguous-kid': '토큰의 kid를 가진 키가 여러 개입니다. 첫 번째 키를 씁니다.',
    'oidc_provider_not-object': 'OIDC 공급자가 객체가 아닙니다.',
    'oidc_provider_url-missing': 'OIDC 공급자에 URL이 없습니다.',
    'oidc_provider_url-length': 'OIDC 공급자 URL이 IAM 허용 길이보다 깁니다.',
    'oidc_provider_url-not-https': 'OIDC 공급자 URL은 https를 써야 합니다.',
    'oidc_provider_url-query': 'OIDC 공급자 URL에는 쿼리가 있으면 안 됩니다.',
    'oidc_provider_url-fragment': 'OIDC 공급자 URL에는 프래그먼트가 있으면 안 됩니다.',
    'oidc_provider_url-port': 'OIDC 공급자 URL에는 포트가 있으면 안 됩니다.',
    'oidc_provider_client-ids-missing': 'OIDC 공급자에 클라이언트 ID가 없습니다.',
    'oidc_provider_client-ids-empty':
      'OIDC 공급자에 클라이언트 ID가 하나도 없어 어떤 토큰 audience도 맞지 않습니다.',
    'oidc_provider_client-ids-too-many':
      'OIDC 공급자의 클라이언트 ID가 IAM 허용 개수보다 많습니다.',
    'oidc_provider_client-id-invalid': 'IAM이 받지 않는 클라이언트 ID입니다.',
    'oidc_provider_client-id-duplicate': '같은 클라이언트 ID가 두 번 있습니다.',
    'oidc_provider_thumbprints-invalid': 'thumbprint가 문자열 목록이 아닙니다.',
    'oidc_provider_thumbprints-too-many': 'thumbprint가 IAM 허용 개수(5개)보다 많습니다.',
    'oidc_provider_thumbprint-invalid': 'thumbprint가 16진수 40자리가 아닙니다.',
    'oidc_provider_thumbprints-not-decisive':
      'thumbprint는 남아 있지만 결정적이지 않습니다. IAM은 루트 CA로 JWKS 호스트를 신뢰합니다.',
    podidentity_scenario_invalid:
      'Pod Identity 시나리오에 빠졌거나 타입이 틀린 필드가 있어 빈 값을 씁니다.',
    podidentity_association_missing:
      '이 클러스터, 네임스페이스, 서비스 어카운트에 대한 Pod Identity association이 없습니다.',
    podidentity_association_duplicate:
      'association이 여러 개 맞습니다. EKS는 네임스페이스와 서비스 어카운트마다 하나만 허용합니다.',
    'podidentity_association_other-cluster':
      '다른 클러스터의 association이라 여기에는 적용되지 않습니다.',
    'podidentity_pod_existing-not-mutated':
      '파드가 이미 있습니다. 웹훅은 파드를 만들 때만 변경합니다.',
    'podidentity_sdk_no-container-credentials':
      '컨테이너에 container-credentials 변수가 없어 SDK가 Pod Identity 자격 증명을 받지 못합니다.',
    'podidentity_sdk_web-identity-first':
      'web identity 변수도 있습니다. SDK는 web identity를 먼저 씁니다.',
    'podidentity_sdk_host-not-allowed':
      'full URI의 호스트는 container credential provider가 받지 않는 호스트입니다.',
    podidentity_token_audience: '토큰의 audience가 pods.eks.amazonaws.com이 아닙니다.',
    'podidentity_token_subject-mismatch': '토큰의 sub가 파드의 서비스 어카운트가 아닙니다.',
    podidentity_token_issuer: '이 클러스터의 발급자가 발급한 토큰이 아닙니다.',
    podidentity_token_signature: '클러스터의 키로 토큰 서명이 검증되지 않습니다.',
    podidentity_token_time: '토큰이 만료됐거나, 아직 유효하지 않거나, exp가 없습니다.',
    'podidentity_token_subject-missing':
      '토큰에 EKS Auth가 읽을 수 있는 네임스페이스와 서비스 어카운트가 없습니다.',
    'podidentity_role_not-found': 'association의 역할이 시나리오의 역할 중에 없습니다.',
    podidentity_trust_denied:
      '신뢰 정책이 pods.eks.amazonaws.com에 필요한 액션 중 하나를 허용하지 않습니다.',
    'podidentity_internal-error':
      'Pod Identity 시뮬레이션이 실패했습니다 (입력이 아니라 IRSA Lab의 결함입니다).',
    'podidentity_trust_no-service-principal':
      '신뢰 정책에 pods.eks.amazonaws.com 서비스 주체에 대한 문(Statement)이 없습니다.',
    document_empty: '문서가 비어 있습니다.',
    document_syntax: '구문 오류: 이 위치에서 문서를 읽을 수 없습니다.',
    'document_duplicate-key': '같은 키가 두 번 나옵니다. 값 하나만 적용됩니다.',
    'document_too-deep': '문서가 너무 깊게 중첩돼 읽을 수 없습니다.',
    'text_invisible-character':
      '값에 보이지 않는 문자가 있습니다. 화면에서는 같아 보여도 다른 값으로 비교됩니다.',
    'document_alias-limit': 'YAML 별칭(alias)이 너무 많아 문서를 거부합니다.',
    'document_multiple-documents': 'YAML 문서가 여러 개입니다. 첫 번째만 씁니다.',
    'document_collection-key':
      '매핑이나 시퀀스를 키로 썼습니다. Kubernetes는 YAML을 JSON으로 바꿔 읽으므로 키는 단순 값이어야 합니다.',
    'document_too-many-errors': '구문 오류가 너무 많아 앞의 몇 개만 표시합니다.',
    'document_too-many-duplicate-keys': '중복 키가 너무 많아 앞의 몇 개만 표시합니다.',
    jwt_empty: '토큰이 비어 있습니다.',
    'jwt_whitespace-stripped': '토큰 앞뒤나 중간의 공백을 지웠습니다.',
    'jwt_bearer-stripped': '"Bearer " 접두사를 지웠습니다.',
    'jwt_quotes-stripped': '토큰을 감싼 따옴표를 지웠습니다.',
    'jwt_too-long': '토큰이 STS가 받는 20000자보다 깁니다.',
    'jwt_segment-count': 'JWT는 점으로 나뉜 세 부분으로 되어 있는데, 이 토큰은 그렇지 않습니다.',
    jwt_jwe: '다섯 부분: 암호화된 토큰(JWE)이라 STS가 읽을 수 없습니다.',
    jwt_segment_empty: '토큰의 한 부분이 비어 있습니다.',
    jwt_segment_base64: '토큰의 한 부분이 올바른 base64url이 아닙니다.',
    jwt_segment_padding:
      '토큰의 한 부분에 "=" 패딩이 있습니다. compact JWS는 패딩을 쓰지 않습니다.',
    'jwt_segment_not-utf8': '토큰의 한 부분이 UTF-8 텍스트가 아닙니다.',
    'jwt_segment_not-json': '토큰의 한 부분이 JSON이 아닙니다.',
    'jwt_segment_not-object': '토큰의 한 부분이 JSON이지만 객체가 아닙니다.',
    'jwt_segment_duplicate-member':
      '같은 클레임이 두 번 나옵니다. 토큰이 유효하지 않거나 의미가 정해지지 않습니다.',
    'jwt_header_alg-missing': '헤더에 alg가 없습니다.',
    'jwt_header_alg-invalid': '헤더의 alg가 문자열이 아닙니다.',
    'jwt_header_alg-none': 'alg가 "none"인 서명 없는 토큰이라 STS가 거부합니다.',
    'jwt_header_alg-not-accepted': 'STS가 받지 않는 서명 알고리즘입니다.',
    'jwt_header_kid-invalid': '헤더의 kid가 문자열이 아닙니다.',
    jwt_header_crit: '헤더에 crit가 있습니다. 검증자가 이해해야 하는 확장입니다.',
    'jwt_claim_not-numeric-date': '시간 클레임이 초 단위 숫자가 아닙니다.',
    'jwt_claim_not-integer': '시간 클레임이 정수가 아닙니다. STS는 정수 초만 받습니다.',
    'jwt_claim_not-string': '문자열이어야 하는 클레임이 문자열이 아닙니다.',
    'jwt_claim_aud-string':
      'aud가 문자열 하나입니다. 허용되지만 Kubernetes는 항상 목록으로 씁니다.',
    'jwt_claim_aud-invalid': 'aud가 문자열도, 문자열 목록도 아닙니다.',
    'jwt_claim_aud-empty': 'aud가 비어 있습니다.',
    jwt_signature_missing: '토큰에 서명이 없습니다.',
    jwt_signature_invalid:
      '이 키로 서명이 검증되지 않습니다. 토큰이 바뀌었거나 다른 키로 서명됐습니다.',
    'jwt_signature_alg-not-allowed': '토큰의 알고리즘은 검증에 허용되지 않습니다.',
    jwt_signature_malformed: '서명 형식이 알고리즘에 맞지 않습니다.',
    jwt_signature_error: '서명을 확인할 수 없었습니다.',
    jwt_key_invalid: '올바른 JWK가 아닙니다.',
    jwt_key_unusable: '검증용으로 키를 가져올 수 없습니다.',
    jwt_key_unsupported: '지원하지 않는 키 타입입니다.',
    'jwt_key_type-mismatch': '키 타입이 토큰의 알고리즘과 맞지 않습니다.',
    'jwt_key_alg-mismatch': '키의 alg가 토큰과 다른 알고리즘입니다.',
    'jwt_key_not-for-signing': '키의 use가 "sig"가 아닙니다.',
    'timeline_token_no-times': '토큰에 숫자 iat와 exp가 없어 타임라인에 토큰 이벤트가 없습니다.',
    timeline_credentials_none: '자격 증명이 발급되지 않아 타임라인에 자격 증명 이벤트가 없습니다.',
    timeline_events_truncated: '이벤트 수가 최대치에 닿아 일부를 생략했습니다 (수명이 매우 짧음).',
    'policy_not-an-object': '정책이 JSON 객체가 아닙니다.',
    policy_element_unknown: 'IAM이 모르는 요소입니다.',
    'policy_element_invalid-type': '요소의 타입이 잘못됐습니다.',
    policy_element_empty: '요소가 비어 있습니다.',
    policy_version_missing:
      'Version이 없습니다. IAM은 2008-10-17을 쓰고, 이때 정책 변수가 동작하지 않습니다.',
    policy_version_invalid: 'Version은 2012-10-17 또는 2008-10-17이어야 합니다.',
    'policy_version_variables-ignored':
      '이 Version에서는 정책 변수가 무시되고 일반 텍스트로 비교됩니다.',
    policy_statement_missing: '정책에 Statement가 없습니다.',
    policy_statement_invalid: 'Statement가 객체가 아닙니다.',
    policy_sid_invalid: 'Sid에는 영문자와 숫자만 쓸 수 있습니다.',
    policy_sid_duplicate: '두 Statement의 Sid가 같습니다.',
    policy_effect_missing: 'Statement에 Effect가 없습니다.',
    policy_effect_invalid: 'Effect는 Allow 또는 Deny여야 합니다.',
    policy_action_missing: 'Statement에 Action도 NotAction도 없습니다.',
    policy_action_both: 'Statement에 Action과 NotAction이 둘 다 있습니다.',
    policy_action_invalid: '액션이 service:Action 형식이 아닙니다.',
    policy_resource_missing: 'Statement에 Resource도 NotResource도 없습니다.',
    policy_resource_both: 'Statement에 Resource와 NotResource가 둘 다 있습니다.',
    policy_resource_invalid: '리소스가 ARN도 "*"도 아닙니다.',
    policy_principal_both: 'Statement에 Principal과 NotPrincipal이 둘 다 있습니다.',
    policy_principal_invalid: 'Principal 형식이 잘못됐습니다.',
    'policy_principal_unknown-type':
      'IAM이 모르는 Principal 타입입니다 (AWS, Federated, Service, CanonicalUser).',
    'policy_principal_not-allowed': '권한 정책에는 Principal이 있으면 안 됩니다.',
    'policy_principal_partial-wildcard':
      'Principal은 "*"일 수는 있지만 부분 와일드카드는 쓸 수 없습니다.',
    policy_condition_invalid: 'Condition 블록 형식이 잘못됐습니다.',
    'policy_condition_unknown-operator':
      'IAM이 모르는 조건 연산자입니다. 이 조건은 절대 참이 되지 않습니다.',
    'policy_condition_invalid-operator': 'IAM이 거부하는 형태로 쓴 조건 연산자입니다.',
    'policy_condition_invalid-key': '조건 키 형식이 아닙니다.',
    'policy_condition_invalid-value': '연산자가 비교할 수 없는 조건 값입니다.',
    'policy_condition_empty-values': '값이 없는 조건이라 일치할 수 없습니다.',
    'policy_condition_variables-not-supported':
      '여기서는 정책 변수를 지원하지 않아 일반 텍스트로 비교합니다.',
    trust_principal_missing: 'Principal이 없는 신뢰 정책 Statement는 누구에게도 적용되지 않습니다.',
    trust_principal_wildcard: '신뢰 정책의 "*" Principal은 누구나 역할을 맡게 합니다.',
    'trust_principal_federated-invalid': 'Federated Principal이 자격 증명 공급자 ARN이 아닙니다.',
    'trust_not-principal': '역할 신뢰 정책에서는 NotPrincipal을 지원하지 않습니다.',
    trust_resource: '신뢰 정책에는 Resource나 NotResource가 있으면 안 됩니다.',
    trust_action_mismatch:
      '액션이 Principal과 맞지 않습니다. IRSA에는 sts:AssumeRoleWithWebIdentity가 필요합니다.',
    'trust_oidc_missing-condition':
      '조건이 없습니다. 클러스터의 모든 네임스페이스, 모든 서비스 어카운트가 역할을 맡을 수 있습니다.',
    'trust_oidc_missing-sub':
      ':sub 조건이 없습니다. 클러스터의 모든 서비스 어카운트가 역할을 맡을 수 있습니다.',
    'trust_oidc_missing-aud':
      ':aud 조건이 없습니다. AWS는 sts.amazonaws.com인지 확인하길 권장합니다.',
    'trust_principal_not-oidc-provider': 'Federated Principal이 IAM OIDC 공급자 ARN이 아닙니다.',
    'trust_principal_provider-mismatch': '조건 키가 Principal과 다른 OIDC 공급자를 가리킵니다.',
    'trust_condition_wildcard-without-like':
      'StringEquals는 "*"를 문자 그대로 비교합니다. 와일드카드는 StringLike로 쓰세요.',
    'trust_condition_sub-wildcard-namespaces':
      '이 :sub 패턴은 클러스터의 모든 네임스페이스의 서비스 어카운트와 일치합니다.',
    'trust_condition_sub-wildcard-service-accounts':
      '이 :sub 패턴은 네임스페이스에서 일치하는 모든 서비스 어카운트가 역할을 맡게 합니다.',
    'trust_condition_aud-sub-swapped': ':aud와 :sub 값이 바뀐 것 같습니다.',
    'trust_condition_set-operator-single-valued':
      '단일 값 키에 집합 연산자(ForAnyValue/ForAllValues)를 썼습니다.',
    'trust_condition_key-prefix-mismatch':
      '조건 키의 접두사가 이 공급자의 호스트와 경로가 아닙니다. 요청에 이 키가 들어오지 않습니다.',
    'trust_condition_unsupported-claim': 'STS는 이 클레임을 요청 컨텍스트에 넣지 않습니다.',
    'sts_request_invalid-parameter': '요청 파라미터가 STS 제약을 어깁니다.',
    'sts_request_invalid-arn': '역할 ARN이 arn:aws:iam::<12자리 계정>:role/<이름> 형식이 아닙니다.',
    'sts_request_duration-exceeds-max': 'DurationSeconds가 역할의 MaxSessionDuration을 넘습니다.',
    'sts_request_role-arn-overridden': '요청의 역할이 파드의 AWS_ROLE_ARN과 다릅니다.',
    'sts_role_not-found': '계정에 이 이름과 경로의 역할이 없습니다.',
    'sts_role_other-account': '역할이 시나리오와 다른 계정에 있습니다.',
    'sts_provider_not-found': '역할의 계정에 토큰 발급자에 대한 IAM OIDC 공급자가 없습니다.',
    sts_audience_mismatch: '공급자의 클라이언트 ID에 토큰의 audience가 없습니다.',
    sts_claim_missing: 'STS가 요구하는 클레임이 토큰에 없습니다.',
    sts_token_expired: '토큰이 만료됐습니다.',
    'sts_token_not-yet-valid': '토큰이 아직 유효하지 않습니다 (nbf가 미래입니다).',
    'sts_token_issued-in-future': '토큰의 발급 시각(iat)이 미래입니다.',
    'sts_token_long-lived': '보통의 projected 토큰보다 수명이 깁니다.',
    'sts_token_expired-within-skew':
      '토큰의 exp가 지났지만 5분이 안 됐습니다. IAM 문서에 있는 시계 오차 허용 때문에 STS가 아직 받아들입니다.',
    'sts_token_not-yet-valid-within-skew':
      '토큰의 nbf가 미래이지만 5분 안이라 시계 오차 허용으로 받아들입니다 (nbf에도 적용된다고 가정).',
    'sts_token_no-iat': '토큰에 iat 클레임이 없습니다. STS가 받아들인다고 가정합니다.',
    'iam_trust-policy_too-large':
      '신뢰 정책이 ACLSizePerRole 할당량(기본 2,048자, 최대 4,096자)보다 깁니다. IAM이 LimitExceeded로 저장을 거부합니다.',
    'call_self-assume-not-trusted':
      '역할이 자기 자신을 맡으려 하지만 신뢰 정책에 그 역할이 없습니다. 2022년부터 IAM은 역할이 자기 자신을 암묵적으로 신뢰하지 않습니다.',
    'sdk_node-role-fallback':
      '웹 자격 증명이 없으면 SDK는 노드의 인스턴스 역할(IMDS)을 씁니다. 앱의 호출은 서비스 어카운트의 역할이 아니라 노드 역할로 실행됩니다.',
    sts_trust_denied: '신뢰 정책의 어떤 Statement도 이 토큰을 허용하지 않습니다.',
    'sdk_no-web-identity':
      '컨테이너에 AWS_ROLE_ARN / AWS_WEB_IDENTITY_TOKEN_FILE이 없습니다. SDK는 web identity를 건너뛰고 노드 역할(IMDS)로 넘어갑니다.',
    'sdk_session-name_default':
      'AWS_ROLE_SESSION_NAME이 없어 botocore(AWS CLI, boto3)가 세션 이름을 만듭니다.',
    'token_subject-mismatch':
      '토큰이 파드와 다른 서비스 어카운트의 것입니다. kubelet이 이 파드에 마운트할 토큰이 아닙니다.',
    'pod_existing-not-mutated':
      '서비스 어카운트는 IRSA를 요청하지만 실행 중인 이 파드는 그 전에 만들어졌습니다. 파드를 지우면 새로 만들어지는 파드가 변경됩니다.',
    'token_audience-differs-from-volume':
      '토큰의 audience가 projected 볼륨이 요청하는 값과 다릅니다.',
    call_denied: '권한 정책이 이 호출을 허용하지 않습니다.',
    scenario_invalid: '시나리오 필드가 없거나 타입이 틀려 기본값을 씁니다.',
    'engine_internal-error': '시뮬레이션이 실패했습니다 (입력이 아니라 IRSA Lab의 결함입니다).',
    'input_not-provided':
      '붙여 넣은 내용에 없습니다. 이 값이 필요한 검사는 예시의 값으로 정하지 않고 알 수 없음으로 둡니다.',
  },
  variants: {
    'iam_trust-policy_too-large':
      '신뢰 정책이 {{size}}자입니다. IAM은 {{quota}}자를 넘으면 저장을 거부합니다 (LimitExceeded: ACLSizePerRole).',
    'text_invisible-character': {
      zeroWidth:
        '{{index}}번째 글자가 보이지 않는 폭 없는 문자({{codePoint}})입니다. 같아 보여도 다른 값으로 비교됩니다.',
      bidi: '{{index}}번째 글자가 양방향 제어 문자({{codePoint}})입니다. 화면에 보이는 순서와 비교되는 순서가 다를 수 있습니다.',
      control: '{{index}}번째 글자가 화면에 보이지 않는 제어 문자({{codePoint}})입니다.',
      space: '{{index}}번째 글자가 일반 공백처럼 보이는 다른 공백 문자({{codePoint}})입니다.',
    },
    'document_too-many-errors':
      '구문 오류가 {{count}}개 더 있습니다. 처음 {{listed}}개만 표시합니다.',
    'document_too-many-duplicate-keys':
      '중복 키가 {{count}}개 더 있습니다. 처음 {{listed}}개만 표시합니다.',
    sts_claim_missing: '토큰에 {{claim}} 클레임이 없습니다.',
    sts_token_expired: '토큰은 시나리오 시각보다 {{seconds}}초 전에 만료됐습니다.',
    'oidc_key_unknown-kid': 'JWKS에 kid가 "{{kid}}"인 키가 없습니다 (교체됐거나 다른 곳의 키?).',
    'sts_provider_not-found': {
      account: '계정 {{account}}에 다음 발급자의 IAM OIDC 공급자가 없습니다: {{issuer}}',
      otherAccount: '역할은 계정 {{account}}에 있고, 나열된 공급자는 계정 {{listed}}에 있습니다.',
    },
    'sdk_session-name_default':
      'AWS_ROLE_SESSION_NAME이 없어 botocore(AWS CLI, boto3)가 정한 세션 이름: {{name}}',
    'token_subject-mismatch':
      '토큰의 주체는 {{sub}}, 파드의 서비스 어카운트는 {{expected}}입니다. kubelet이 이 파드에 마운트할 토큰이 아닙니다.',
    'token_audience-differs-from-volume':
      'projected 볼륨이 요청한 audience는 {{volume}}, 토큰의 audience는 {{token}}입니다.',
    'sts_request_duration-exceeds-max':
      'DurationSeconds {{requested}}초가 역할의 MaxSessionDuration {{max}}초를 넘습니다.',
    sts_audience_mismatch: '공급자의 클라이언트 ID에 없는 audience: {{aud}}',
    'trust_condition_wildcard-without-like':
      '{{operator}}는 "{{value}}"를 문자 그대로 비교합니다. 와일드카드는 StringLike로 쓰세요.',
    'webhook_sa_role-arn-malformed':
      '역할 ARN이 아닙니다: "{{arn}}". 웹훅은 경고만 남기고 그대로 주입합니다.',
    'sts_role_not-found':
      '계정 {{account}}에 경로가 {{path}}이고 이름이 {{name}}인 역할이 없습니다.',
    'sts_request_role-arn-overridden':
      '요청의 역할은 {{request}}, 파드의 AWS_ROLE_ARN은 {{pod}}입니다.',
    'trust_condition_sub-wildcard-service-accounts':
      '"{{value}}"는 네임스페이스에서 일치하는 모든 서비스 어카운트가 역할을 맡게 합니다.',
    'trust_condition_sub-wildcard-namespaces':
      '"{{value}}"는 클러스터의 모든 네임스페이스의 서비스 어카운트와 일치합니다.',
    'trust_condition_aud-sub-swapped': {
      subjectInAud: '"{{value}}"는 subject 값인데 키는 :aud입니다.',
      audienceInSub: '"{{value}}"는 audience 값인데 키는 :sub입니다.',
    },
    sts_trust_denied: {
      explicitDeny: '신뢰 정책의 Deny Statement가 이 토큰과 일치합니다.',
      noAllow: '신뢰 정책의 어떤 Statement도 이 토큰을 허용하지 않습니다.',
    },
    'input_not-provided': {
      token: '제공되지 않음: 토큰. STS를 호출할 수 없어 요청부터의 모든 검사는 알 수 없습니다.',
      serviceAccount: '제공되지 않음: 서비스 어카운트. 웹훅이 무엇을 주입하는지 알 수 없습니다.',
      pod: '제공되지 않음: 파드. 서비스 어카운트를 쓰는 새 파드로 가정합니다.',
      issuer:
        '제공되지 않음: 클러스터의 OIDC 발급자. STS가 디스커버리 문서를 가져올 수 있는지 알 수 없습니다.',
      jwks: '제공되지 않음: JWKS. 서명 키와 서명은 알 수 없습니다.',
      oidcProviders:
        '제공되지 않음: 계정의 IAM OIDC 공급자. STS가 토큰의 발급자에 맞는 OIDC 공급자를 찾는지 알 수 없습니다.',
      trustPolicy: '제공되지 않음: 역할(aws iam get-role). 신뢰 정책의 결정은 알 수 없습니다.',
      permissionPolicy: '제공되지 않음: 역할의 권한 정책. API 호출이 허용되는지 알 수 없습니다.',
    },
  },
}
