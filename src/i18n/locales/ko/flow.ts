import type { Messages } from '../en'

/** 흐름 애니메이션, 내레이션, 컨트롤, 발표 모드. 단계 kind별 키. */
export const flow: Messages['flow'] = {
  title: '흐름',
  diagramLabel: 'IRSA 체인, {{total}}단계 중 {{n}}단계: {{title}}',
  stepOf: '{{n}} / {{total}}단계',
  status: { pass: '통과', fail: '실패', skip: '건너뜀', info: '참고' },
  regions: { cluster: 'EKS 클러스터', aws: 'AWS' },
  actors: {
    pod: { name: 'Pod', sub: '앱 컨테이너' },
    webhook: { name: 'Pod Identity Webhook', sub: 'mutating admission' },
    kubelet: { name: 'kubelet / API 서버', sub: 'projected 토큰 발급' },
    sdk: { name: 'AWS SDK', sub: '컨테이너 안' },
    sts: { name: 'STS', sub: 'AssumeRoleWithWebIdentity' },
    iam: { name: 'IAM', sub: 'OIDC 공급자 + 역할' },
    oidc: { name: 'OIDC 발급자', sub: 'discovery + JWKS' },
    s3: { name: 'S3', sub: '앱의 API 호출' },
  },
  packets: {
    webhook: { inject: 'patch' },
    kubelet: { 'project-token': '토큰' },
    sts: { call: '토큰', credentials: '자격 증명' },
    iam: { 'provider-lookup': 'iss?', 'role-lookup': '역할?' },
    oidc: { discovery: 'GET config', jwks: 'GET keys' },
  },
  kinds: {
    webhook: {
      inject: {
        title: 'Webhook이 파드를 변경',
        what: 'Pod Identity Webhook이 ServiceAccount의 role-arn 어노테이션을 보고, 파드에 projected 토큰 볼륨과 AWS_ROLE_ARN, AWS_WEB_IDENTITY_TOKEN_FILE 환경 변수를 넣습니다.',
        why: '파드에 키를 넣는 사람은 아무도 없습니다. ServiceAccount와 IAM Role을 잇는 건 이 어노테이션 하나뿐입니다.',
        note: '블로그 글의 질문으로 시작하세요. .env에 액세스 키 없이 앱이 어떻게 S3에 업로드할까요? 시작점은 ServiceAccount의 어노테이션입니다.',
      },
    },
    kubelet: {
      'project-token': {
        title: 'kubelet이 토큰을 마운트',
        what: 'kubelet이 API 서버에 audience가 sts.amazonaws.com인 ServiceAccount 토큰을 요청해서 컨테이너에 읽기 전용으로 마운트합니다.',
        why: '이 토큰이 파드의 여권입니다. 클러스터가 서명했고, 파드가 누구인지(sub), 누구에게 보여 줄 것인지(aud)가 적혀 있습니다. 만료되면 알아서 갱신됩니다.',
        note: '여권 비유: 공항에서 여권을 내밀듯 파드는 토큰을 내밉니다. sub와 aud를 짚어 주세요.',
      },
    },
    sdk: {
      chain: {
        title: 'SDK가 웹 ID 설정을 찾음',
        what: 'AWS SDK가 기본 자격 증명 체인에서 AWS_ROLE_ARN과 AWS_WEB_IDENTITY_TOKEN_FILE을 찾고 토큰 파일을 읽습니다.',
        why: '앱 코드는 그대로입니다. 같은 s3.upload() 호출이 이제 영구 액세스 키 대신 토큰으로 자격 증명을 얻습니다.',
        note: '블로그의 첫 코드와 비교해 보세요. 환경 변수에 accessKeyId, secretAccessKey가 있었죠. 여기에는 영원히 새어 나갈 것이 없습니다.',
      },
    },
    sts: {
      call: {
        title: 'SDK가 AssumeRoleWithWebIdentity 호출',
        what: 'SDK가 토큰, 역할 ARN, 세션 이름을 STS로 보냅니다. 이 호출은 서명하지 않습니다. 토큰 자체가 증명입니다.',
        why: '요청하는 데 AWS 자격 증명이 필요 없습니다. STS는 토큰과 역할의 신뢰 정책만 보고 판단합니다.',
        note: '토큰이 이동하는 걸 보세요. 토큰이 파드 밖으로 나가는 건 이때뿐입니다.',
      },
      audience: {
        title: 'STS가 audience 확인',
        what: '토큰의 aud는 IAM OIDC 공급자에 등록된 client ID 중 하나여야 합니다.',
        why: '다른 대상(예: Kubernetes API)용으로 발급된 토큰으로 AWS에 들어올 수 있으면 안 됩니다.',
        note: '공급자의 client ID 목록은 보통 sts.amazonaws.com 하나입니다. 여기서 어긋나면 “Incorrect token audience”가 납니다.',
      },
      duration: {
        title: 'STS가 세션 길이 확인',
        what: '요청한 세션 길이는 역할의 최대 세션 기간을 넘을 수 없습니다.',
        why: '임시라는 건 끝이 있다는 뜻입니다. 자격 증명은 스스로 만료됩니다.',
        note: '잠깐 짚고 넘어가기: 기본값은 1시간이고, 역할 설정으로 최대 12시간까지 늘릴 수 있습니다.',
      },
      credentials: {
        title: 'STS가 임시 자격 증명 반환',
        what: 'STS가 곧 만료되는 액세스 키, 시크릿 키, 세션 토큰을 assumed-role 세션용으로 돌려줍니다.',
        why: 'IAM User의 영구 키와 달리 이 키들은 알아서 만료됩니다. 유출돼도 잠깐만 쓸 수 있고, 세션 토큰 없이는 아예 못 씁니다.',
        note: '블로그 글의 핵심: 영구 키 대신 임시 자격 증명. 만료 시각을 보여 주세요.',
      },
    },
    jwt: {
      decode: {
        title: 'STS가 토큰을 읽음',
        what: 'STS가 토큰의 헤더와 클레임을 디코딩합니다. 누가 발급했는지(iss), 누구인지(sub), 누구에게 보여 줄 것인지(aud), 언제까지인지.',
        why: '아직 아무것도 믿지 않습니다. 서명을 검증하기 전까지는 주장일 뿐입니다.',
        note: 'iss를 짚어 주세요. 다음 단계들이 이 값으로 공급자와 키를 찾습니다.',
      },
      'key-select': {
        title: 'STS가 서명 키 선택',
        what: '토큰의 kid가 JWKS에서 어떤 키로 검증해야 하는지 알려 줍니다.',
        why: '클러스터는 키를 교체합니다. kid로 이 토큰에 서명한 키를 찾습니다.',
        note: 'JWKS에 그 kid가 없으면 STS는 아무것도 검증할 수 없습니다.',
      },
      signature: {
        title: 'STS가 서명 검증',
        what: 'STS가 발급자의 공개키로 토큰이 클러스터가 서명한 것이고 그 뒤로 바뀌지 않았는지 확인합니다.',
        why: '그래서 여권을 위조하기 어렵습니다. 개인키는 클러스터만 갖고 있습니다.',
        note: '여기 서명 검증은 진짜 WebCrypto로, 이 브라우저에서 만든 진짜 키로 합니다.',
      },
      time: {
        title: 'STS가 시간 클레임 확인',
        what: '토큰이 만료되지 않았고(exp) 이미 유효해야 합니다(nbf, iat).',
        why: '탈취한 토큰은 만료되면 끝입니다. 진짜 토큰은 kubelet이 계속 갱신합니다.',
        note: '직접 해 보세요. 시뮬레이션 시각을 exp 뒤로 옮기면 체인이 여기서 멈춥니다.',
      },
    },
    iam: {
      'provider-lookup': {
        title: 'STS가 OIDC 공급자를 찾음',
        what: 'STS가 계정에서 URL이 토큰의 iss와 같은 IAM OIDC 공급자를 찾습니다.',
        why: '계정이 이 클러스터의 발급자를 신뢰한다고 미리 등록해 둬야 합니다. 없으면 이 클러스터의 어떤 토큰도 통하지 않습니다.',
        note: 'eksctl의 “associate-iam-oidc-provider”를 한 번 해 두는 바로 그 단계입니다.',
      },
      'role-lookup': {
        title: 'STS가 역할을 찾음',
        what: 'STS가 요청에 적힌 역할과 그 신뢰 정책을 불러옵니다.',
        why: '누가 이 역할을 맡을 수 있는지는 역할이 정합니다. 이게 신뢰 관계입니다.',
        note: '역할 ARN은 ServiceAccount 어노테이션에서 AWS_ROLE_ARN을 거쳐 왔습니다.',
      },
    },
    oidc: {
      discovery: {
        title: 'STS가 OpenID 설정을 가져옴',
        what: 'STS가 발급자의 /.well-known/openid-configuration 문서를 읽고 키가 어디 있는지 찾습니다.',
        why: '발급자가 공개키를 공개해 두기 때문에, 공유 비밀 없이도 누구나 토큰을 검증할 수 있습니다.',
        note: 'EKS가 클러스터마다 이 엔드포인트를 호스팅하고, 공개되어 있습니다.',
      },
      jwks: {
        title: 'STS가 공개키를 가져옴',
        what: 'STS가 발급자의 공개키 목록인 JWKS를 내려받습니다.',
        why: '공개키로는 검증만 할 수 있고, 서명은 클러스터의 개인키로만 할 수 있습니다.',
        note: '클러스터 발급자 URL에서 직접 curl로 받아 볼 수 있는 그 JWKS입니다.',
      },
    },
    trust: {
      statement: {
        title: '신뢰 정책 Statement',
        what: 'IAM이 신뢰 정책의 이 Statement가 적용되는지 봅니다. Principal(OIDC 공급자), Action, Condition.',
        why: '신뢰 관계에 사용 주체가 명시되어 있어야 합니다. 다른 곳에 관리자 권한이 있어도 소용없습니다.',
        note: 'Statement를 소리 내어 읽어 주세요. Allow, Federated Principal, sts:AssumeRoleWithWebIdentity.',
      },
      condition: {
        title: '신뢰 정책 Condition',
        what: 'IAM이 이 키에 대한 토큰의 값과 정책의 값을 비교합니다.',
        why: 'sub 조건이 없으면 클러스터의 모든 ServiceAccount가 이 역할을 맡을 수 있습니다.',
        note: '왼쪽이 토큰의 값, 오른쪽이 정책의 값입니다. 실제 IRSA 오류는 대부분 여기서 납니다.',
      },
      decision: {
        title: 'IAM의 판단',
        what: '모든 Statement를 평가한 뒤, Allow한 Statement가 있고 Deny한 Statement가 없을 때만 허용합니다.',
        why: '신뢰 관계가 일하는 순간입니다. 토큰의 신원이 역할이 신뢰하는 대상과 맞았습니다.',
        note: '명시적 Deny는 어떤 Allow보다도 우선합니다.',
      },
    },
    api: {
      call: {
        title: '앱이 S3 호출',
        what: 'SDK가 임시 자격 증명으로 S3 요청에 서명하고, 역할의 권한 정책이 허용 여부를 정합니다.',
        why: '신뢰 정책은 파드가 역할을 맡을 수 있게 하고, 권한 정책은 그 역할이 무엇을 할 수 있는지 정합니다.',
        note: '정책 두 개, 질문 두 개: 누가 이 역할이 될 수 있나(신뢰), 이 역할은 무엇을 할 수 있나(권한).',
      },
    },
    unknown: {
      title: '체인의 한 단계',
      what: 'IRSA 체인의 한 단계입니다.',
      why: '자세한 내용은 단계 목록을 보세요.',
      note: '자세한 내용은 단계 목록을 보세요.',
    },
  },
  facts: {
    title: '비교한 값',
    tokenAud: '토큰 aud',
    clientIds: '공급자 client ID',
    kid: 'kid',
    candidates: 'JWKS의 키',
    alg: '알고리즘',
    iss: 'iss',
    sub: 'sub',
    aud: 'aud',
    provider: 'OIDC 공급자',
    roleArn: '역할 ARN',
    tokenFile: '토큰 파일',
    endpoint: '엔드포인트',
    url: 'URL',
    keys: '키 개수',
    effect: 'Effect',
    decision: '판단',
    requested: '요청',
    max: '역할 최대값',
    accessKeyId: '액세스 키 ID',
    expiration: '만료',
    action: 'Action',
    resource: 'Resource',
    token: '토큰',
    policy: '정책',
    exp: 'exp (만료)',
    nbf: 'nbf (유효 시작)',
    iat: 'iat (발급)',
    matched: '일치',
    mismatched: '불일치',
  },
  failure: {
    title: '체인이 여기서 멈춥니다',
    awsError: 'AWS 응답',
    noError: 'STS를 호출하지 않으므로 AWS 오류도 없습니다.',
    why: '원인',
    fix: '해결',
    kinds: {
      sdk: {
        chain: {
          why: '파드에 AWS_ROLE_ARN과 토큰 파일이 없어서 SDK가 노드의 인스턴스 역할로 넘어갑니다.',
          fix: 'ServiceAccount에 eks.amazonaws.com/role-arn 어노테이션을 달고 파드를 다시 만드세요.',
        },
      },
      sts: {
        call: {
          why: 'STS가 토큰을 보기도 전에 요청 파라미터를 거부합니다.',
          fix: '요청의 역할 ARN과 세션 이름을 확인하세요.',
        },
        audience: {
          why: '토큰의 aud가 IAM OIDC 공급자의 client ID 중 어디에도 없습니다.',
          fix: '공급자의 client ID에 그 audience(보통 sts.amazonaws.com)를 추가하거나, 토큰을 그 audience로 발급하세요.',
        },
        duration: {
          why: '요청한 세션이 역할이 허용하는 것보다 깁니다.',
          fix: '세션을 짧게 요청하거나 역할의 최대 세션 기간을 늘리세요.',
        },
      },
      jwt: {
        decode: {
          why: '토큰을 JWT로 읽을 수 없습니다.',
          fix: '파드의 토큰 파일을 따옴표나 줄바꿈 없이 그대로 쓰세요.',
        },
        'key-select': {
          why: '발급자 JWKS에 토큰의 kid와 맞는 키가 없습니다.',
          fix: 'JWKS가 이 클러스터 발급자가 공개한 것인지 확인하세요.',
        },
        signature: {
          why: '발급자의 공개키로 서명이 검증되지 않습니다. 토큰이 바뀌었거나 다른 키로 서명되었습니다.',
          fix: '이 클러스터에서 받은, 손대지 않은 토큰을 쓰세요.',
        },
        time: {
          why: '토큰이 만료되었거나 아직 유효하지 않습니다.',
          fix: '새 토큰을 쓰세요. kubelet이 갱신해 줍니다. 시계도 확인하세요.',
        },
      },
      iam: {
        'provider-lookup': {
          why: '계정에 토큰 발급자에 대한 IAM OIDC 공급자가 없습니다.',
          fix: '클러스터 발급자 URL로 IAM OIDC 공급자를 만드세요(eksctl utils associate-iam-oidc-provider).',
        },
        'role-lookup': {
          why: '요청한 역할이 계정에 없습니다.',
          fix: 'ServiceAccount 어노테이션의 역할 ARN을 확인하세요.',
        },
      },
      oidc: {
        discovery: {
          why: '발급자의 discovery 문서를 쓸 수 없습니다.',
          fix: '발급자 URL을 확인하세요. 토큰의 iss와 정확히 같아야 합니다.',
        },
        jwks: {
          why: '발급자의 JWKS를 쓸 수 없습니다.',
          fix: '발급자의 /keys URL에서 받은 JWKS를 붙여 넣으세요.',
        },
      },
      trust: {
        decision: {
          why: '역할의 신뢰 정책에 이 토큰을 허용하는 Statement가 없습니다. Principal, Action, Condition 중 하나가 맞지 않습니다.',
          fix: '신뢰 정책의 Federated Principal과 sub, aud 조건을 토큰과 맞추세요.',
        },
      },
      api: {
        call: {
          why: '역할은 맡았지만 역할의 권한 정책이 이 호출을 허용하지 않습니다.',
          fix: '역할의 권한 정책에서 이 리소스에 대한 Action을 허용하세요.',
        },
      },
      unknown: {
        why: '이 단계가 실패했습니다.',
        fix: '단계 목록과 발견 사항에서 자세한 내용을 보세요.',
      },
    },
  },
  end: {
    issued: '자격 증명 발급됨',
    issuedBody: '임시 자격 증명 {{accessKeyId}}, {{expiration}}까지 유효.',
    denied: '자격 증명 없음',
  },
  controls: {
    label: '흐름 컨트롤',
    play: '재생',
    pause: '일시 정지',
    prev: '이전 단계',
    next: '다음 단계',
    restart: '처음부터',
    speed: '속도',
    scrub: '단계',
    keys: '키: ← → 단계 이동, 스페이스 재생/일시 정지, Home, End.',
  },
  export: {
    label: '내보내기',
    svg: 'SVG',
    png: 'PNG',
    webm: 'WebM 녹화',
    recording: '{{total}}단계 중 {{n}}단계 녹화 중…',
    unsupported: '이 브라우저는 동영상을 녹화할 수 없습니다.',
  },
  presentation: {
    title: 'IRSA Lab: 파드가 AWS 자격 증명을 얻는 과정',
    fullscreen: '전체 화면',
    exitFullscreen: '전체 화면 종료',
    presenter: '발표자 보기',
    qr: 'QR 코드',
    qrTitle: '스캔해서 이 페이지 열기',
    qrTooLong: '링크가 너무 길어서 QR 코드로 만들 수 없습니다.',
    close: '닫기',
    keys: '→ 스페이스 PageDown: 다음 · ← PageUp: 이전 · F: 전체 화면 · P: 발표자 보기 · Q: QR 코드',
    notes: '발표자 노트',
    now: '지금',
    next: '다음',
    nextNone: '흐름의 끝입니다.',
    timer: '경과 시간',
    resetTimer: '타이머 초기화',
    playground: '플레이그라운드에서 열기',
  },
}
