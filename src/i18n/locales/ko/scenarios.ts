import type { Messages } from '../en'

export const scenarios: Messages['scenarios'] = {
  toolbar: {
    label: '시나리오',
    gallery: '갤러리',
    share: '공유 링크',
    undo: '실행 취소',
    redo: '다시 실행',
    reset: '처음부터',
  },
  tools: {
    label: '가져오기와 내보내기',
    import: '클러스터에서 붙여넣기',
    triage: '오류에서 시작하기',
    export: '내보내기',
    audit: '계정 감사',
    tour: '둘러보기',
    tourResume: '둘러보기 이어서 ({{n}}/{{total}})',
    glossary: '용어집',
    challenges: '과제',
    podIdentity: 'IRSA vs Pod Identity',
  },
  notices: {
    'link-opened': '공유된 시나리오를 열었습니다.',
    'link-opened-kept-work':
      '공유된 시나리오를 열었습니다. 이전 작업은 실행 취소로 되돌릴 수 있습니다.',
    'link-redacted':
      '가려진 링크를 열었습니다. 토큰의 클레임을 데모 키로 다시 서명했기 때문에 원래 서명은 이 시나리오에 없습니다.',
    'link-resigned':
      '공유된 시나리오를 열었습니다. 토큰은 새 데모 키로 다시 서명했습니다(결과는 같습니다).',
    'bad-link': '이 링크를 열 수 없습니다: {{detail}} 대신 내 작업을 보여 줍니다.',
    'link-copied': '링크를 복사했습니다.',
    'link-private-jwk':
      'JWKS에 개인 키 멤버(d, p, q…)가 있어 링크에서 제거했습니다. 개인 키는 저장하거나 링크에 넣거나 내보내지 않습니다.',
    'link-failed': '이 링크의 시나리오를 만들 수 없습니다. 대신 내 작업을 보여 줍니다.',
    'autosave-kept-aside':
      '저장된 작업을 읽을 수 없습니다(손상되었거나 다른 버전). 이 기기에 손대지 않고 따로 보관했으며 기본 시나리오를 보여 줍니다.',
    'autosave-repaired':
      '저장된 작업에 읽을 수 없는 필드가 있어({{detail}}) 비워 두었습니다. 원본은 이 기기에 따로 보관했습니다.',
    'autosave-withheld':
      '개인 정보 보호를 위해 이 시나리오의 실제 토큰, 파드 환경 변수 값과 어노테이션은 이 기기에 저장하지 않았습니다. 다음에도 유지하려면 “이 기기에 이 시나리오 기억하기”를 선택하세요.',
    'other-tab':
      '다른 탭에서 이 시나리오를 바꿨습니다. 그 버전을 보여 줍니다. 이 탭의 버전은 실행 취소로 되돌릴 수 있습니다.',
    'private-jwk':
      'JWKS에 개인 키 멤버(d, p, q…)가 있습니다. 이 탭에만 있습니다. 개인 키는 저장하거나 링크에 넣거나 내보내지 않습니다.',
    forgotten: '이 앱이 이 기기에 저장한 모든 것을 지웠습니다.',
    'engine-error':
      '이 입력에서 시뮬레이션이 실패했습니다(IRSA Lab의 버그). 보이는 결과는 마지막 편집 이전의 것입니다.',
    'started-over':
      '기본 시나리오로 처음부터 시작했습니다. 마지막으로 정상이던 시나리오는 실행 취소로 되돌릴 수 있습니다.',
    dismiss: '닫기',
  },
  share: {
    title: '이 시나리오 공유',
    intro: '시나리오는 링크의 # 뒤에 담깁니다. 어떤 서버도 보지 않습니다.',
    realToken:
      '이 토큰은 여기서 만든 것이 아닙니다. 실제 토큰일 수 있습니다. 토큰이 담긴 링크를 가진 사람은 만료 전까지 누구나 쓸 수 있습니다.',
    redact: '가린 링크 공유(클레임만, 서명 제외)',
    include: '실제 토큰 포함',
    copy: '링크 복사',
    close: '닫기',
    length: '{{count}}자',
    urlLabel: '공유 링크',
  },
  gallery: {
    title: '시나리오 갤러리',
    intro:
      '실제로 겪는 IRSA 실패를 모았습니다. 모두 블로그 글의 시나리오에서 한 가지만 바꾼 것입니다.',
    open: '열기',
    close: '닫기',
    attacker: '공격자 시점',
    outcome: { issued: '자격 증명 발급', denied: '거부', 'invalid-input': '잘못된 입력' },
    presets: {
      'happy-path': {
        title: '블로그 글: example-sa가 사진을 올린다',
        why: '토큰, 공급자, 신뢰 정책, 권한 정책이 모두 맞습니다.',
      },
      'wrong-namespace': {
        title: '잘못된 네임스페이스',
        why: '파드는 production 네임스페이스에서 실행되지만 신뢰 정책은 example만 신뢰합니다.',
      },
      'wrong-service-account': {
        title: '잘못된 서비스 어카운트 이름',
        why: '토큰의 sub는 photo-uploader인데 신뢰 정책은 example-sa를 지정합니다.',
      },
      'string-equals-wildcard': {
        title: 'StringEquals에 와일드카드',
        why: 'StringEquals는 글자 그대로 비교합니다. :sub 값의 *는 별표 문자 자체와만 일치합니다.',
      },
      'aud-sub-swapped': {
        title: ':aud와 :sub가 뒤바뀜',
        why: ':sub 조건은 sts.amazonaws.com을, :aud 조건은 서비스 어카운트를 기대하니 어느 쪽도 일치할 수 없습니다.',
      },
      'default-token-audience': {
        title: '기본 쿠버네티스 토큰(웹훅 미적용)',
        why: '토큰의 audience가 sts.amazonaws.com이 아니라 API 서버의 것이라 STS가 거부합니다.',
      },
      'cross-account-no-provider': {
        title: '다른 계정의 역할, 그 계정에 공급자 없음',
        why: 'STS는 역할이 있는 계정에서 OIDC 공급자를 찾는데, 그 계정에는 이 클러스터의 공급자가 없습니다.',
      },
      'provider-client-id-wrong': {
        title: '공급자의 클라이언트 ID 오류',
        why: 'IAM OIDC 공급자에 sts.amazonaws.com이 아니라 sts.amazon.com이 등록되어 있습니다.',
      },
      'other-cluster-issuer': {
        title: '다른 클러스터(다른 리전)의 토큰',
        why: '토큰 발급자가 us-east-1 클러스터인데, 이 계정에는 그 클러스터의 IAM OIDC 공급자가 없습니다.',
      },
      'expired-token': {
        title: '만료된 토큰',
        why: '토큰의 exp가 지났습니다. 나머지가 아무리 맞아도 STS는 거부합니다.',
      },
      'expired-within-skew': {
        title: 'exp에서 3분 지남',
        why: '토큰의 exp가 3분 전에 지났지만, STS는 exp 뒤 5분까지 토큰을 받아 줍니다 (시계 오차 허용). 자격 증명이 발급됩니다.',
      },
      'tampered-payload': {
        title: '변조된 페이로드',
        why: '서명한 뒤에 sub를 고쳤기 때문에 서명이 클레임과 맞지 않습니다.',
      },
      'rotated-signing-key': {
        title: '서명 키 교체(알 수 없는 kid)',
        why: 'JWKS에 토큰의 kid가 가리키는 키가 더 이상 없습니다.',
      },
      'no-sub-condition': {
        title: ':sub 조건이 없는 신뢰 정책',
        why: '클러스터의 어떤 서비스 어카운트든 역할을 맡을 수 있습니다. 여기서는 dev 네임스페이스의 debug-shell이 맡습니다.',
      },
      'namespace-wildcard': {
        title: '네임스페이스 전체 와일드카드',
        why: 'StringLike system:serviceaccount:example:*는 네임스페이스의 모든 서비스 어카운트를, debug-shell까지 들여보냅니다.',
      },
      'explicit-deny': {
        title: '명시적 Deny',
        why: 'Deny 문이 토큰과 일치하고, 명시적 Deny는 항상 이깁니다.',
      },
      'duration-above-max': {
        title: '역할의 최대치를 넘는 DurationSeconds',
        why: '요청은 2시간을 달라는데 역할은 1시간까지만 허용합니다.',
      },
      'malformed-role-arn': {
        title: '잘못된 역할 ARN 어노테이션',
        why: '어노테이션의 계정 ID가 8자리입니다. 웹훅은 그대로 주입하고 STS가 ARN을 거부합니다.',
      },
      'annotation-after-pod-start': {
        title: '파드가 뜬 뒤에 어노테이션 추가',
        why: '웹훅은 파드가 생성될 때만 동작합니다. 실행 중인 파드에는 토큰이 없어 SDK가 노드 역할로 넘어갑니다.',
      },
      'node-role-fallback': {
        title: '어노테이션 없음: 노드 역할이 대신 응답',
        why: 'role-arn 어노테이션이 없으면 웹훅이 아무것도 주입하지 않습니다. SDK는 IMDS에서 노드의 인스턴스 역할을 가져오고, S3 AccessDenied에는 앱의 역할이 아니라 노드 역할이 찍힙니다.',
      },
      's3-upload-denied': {
        title: '자격 증명은 발급, S3 업로드는 거부',
        why: '역할은 버킷을 읽을 수는 있지만 권한 정책이 s3:PutObject를 허용하지 않습니다.',
      },
    },
  },
}
