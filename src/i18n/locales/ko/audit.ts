import type { audit as en } from '../en/audit'

type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> }

export const audit: Catalog<typeof en> = {
  title: '계정 감사: 각 역할을 누가 맡을 수 있는가',
  intro:
    'aws iam get-account-authorization-details(또는 list-roles)와 aws iam list-open-id-connect-providers의 출력을 붙여넣거나 파일을 고르세요. OIDC 공급자를 신뢰하는 역할마다, 그 역할을 맡을 수 있는 서비스 어카운트와 위험한 점을 보여 줍니다.',
  privacy: '브라우저 밖으로 나가는 것은 없습니다. 분석은 이 페이지에서 실행됩니다.',
  pasteLabel: '계정 출력 (JSON, 여러 출력을 이어 붙여도 됩니다)',
  files: '파일 고르기…',
  sample: '예시 계정으로 해 보기 (역할 200개)',
  analyse: '분석',
  clear: '지우기',
  progress: '역할 분석 중: {{total}}개 중 {{done}}개',
  summary:
    '역할 {{roles}}개 중 {{oidc}}개가 OIDC 공급자를 신뢰합니다. 발견 사항: 높음 {{high}}, 중간 {{medium}}, 낮음 {{low}}.',
  providersUnknown:
    'OIDC 공급자가 주어지지 않아 "계정에 없는 공급자"는 확인하지 않았습니다. aws iam list-open-id-connect-providers의 출력을 추가하세요.',
  filter: '역할, 서비스 어카운트, 발견 사항으로 거르기',
  severityFilter: '심각도',
  allSeverities: '전체',
  onlyOidc: 'OIDC 공급자를 신뢰하는 역할만',
  exportCsv: 'CSV로 내보내기',
  exportJson: 'JSON으로 내보내기',
  showMore: '{{count}}개 더 보기(아직 {{hidden}}개를 표시하지 않음)',
  shown: '역할 {{total}}개 중 {{shown}}개 표시',
  tableCaption: '역할과 그 역할을 맡을 수 있는 주체, 위험한 것부터',
  columns: {
    severity: '위험도',
    role: '역할',
    serviceAccounts: '맡을 수 있는 서비스 어카운트',
    findings: '발견 사항',
    open: '시나리오',
  },
  anyone: '모든 주체',
  noAccess: 'OIDC 공급자 없음',
  noFindings: '없음',
  openRow: '시나리오로 열기',
  openRowFor: '{{role}} 역할을 시나리오로 열기',
  opening: '여는 중…',
  severity: { high: '높음', medium: '중간', low: '낮음', none: '없음' },
  sortBy: '{{column}} 기준으로 정렬',
  problems: {
    empty: '읽을 내용이 없습니다. 입력이 비어 있습니다.',
    'too-large': '입력이 {{length}}자입니다. 최대 {{limit}}자까지만 읽습니다.',
    'invalid-json': '완전한 JSON이 아닙니다({{line}}번째 줄). 복사하다가 출력이 잘리지 않았나요?',
    'not-recognised':
      '알아볼 수 없습니다. aws iam get-account-authorization-details, list-roles, get-role, list-open-id-connect-providers, get-open-id-connect-provider의 출력이나 신뢰 정책 문서를 기대했습니다.',
    'truncated-list':
      '이 출력은 더 긴 목록의 한 페이지입니다(IsTruncated: true). 다음 페이지의 역할이 빠져 있습니다.',
  },
  findings: {
    'principal-wildcard':
      '"Principal": "*"가 AssumeRoleWithWebIdentity를 호출할 수 있어, 어떤 ID 공급자의 토큰으로도 이 역할을 맡을 수 있습니다.',
    'sub-missing': ':sub 조건이 없어 클러스터의 모든 서비스 어카운트가 이 역할을 맡을 수 있습니다.',
    'sub-any-namespace':
      ':sub 패턴 {{pattern}}은(는) 모든 네임스페이스의 서비스 어카운트와 일치합니다.',
    'sub-namespace-wide':
      ':sub 패턴 {{pattern}}은(는) {{namespace}} 네임스페이스의 모든 서비스 어카운트와 일치합니다.',
    'sub-wildcard-equals':
      'StringEquals는 {{value}}을(를) 글자 그대로 비교하므로 일치하는 서비스 어카운트가 없습니다(와일드카드에는 StringLike가 필요합니다).',
    'aud-missing': ':aud 조건이 없습니다(EKS 신뢰 정책은 sts.amazonaws.com을 요구합니다).',
    'provider-not-in-account':
      '신뢰하는 OIDC 공급자 {{provider}}이(가) 계정에 없습니다. STS는 "No OpenIDConnect provider found"로 답합니다.',
    'policy-size-over-limit':
      '신뢰 정책이 공백을 빼고 {{length}}자로, 기본 할당량 {{limit}}자를 넘습니다.',
    'policy-size-near-limit':
      '신뢰 정책이 공백을 빼고 {{length}}자로, 기본 할당량 {{limit}}자에 가깝습니다.',
    'policy-unreadable': '신뢰 정책이 JSON 객체가 아니어서 분석할 수 없습니다.',
    'access-conditional': ':sub나 :aud가 아닌 다른 조건도 이 역할을 맡을 수 있는지를 좌우합니다.',
  },
  changes: {
    title: '이 편집으로 무엇이 바뀌나요?',
    intro:
      '편집을 시작했을 때의 신뢰 정책과 비교해, 전에는 못 했지만 이제 이 역할을 맡을 수 있는 주체와 더는 맡을 수 없는 주체를 보여 줍니다.',
    who: '이 역할을 맡을 수 있는 주체',
    whoEntry: '{{provider}}의 {{subjects}} (audience {{audiences}})',
    except: '{{subjects}} 제외',
    conditional: '다른 조건도 맞을 때만',
    nobody: '아무도 없습니다. 웹 ID로 이 역할을 맡게 허용하는 문이 없습니다.',
    none: '이 편집으로 누구의 접근도 바뀌지 않습니다.',
    added: '새로 허용됨 ({{count}})',
    removed: '더는 허용되지 않음 ({{count}})',
    example: '예: {{sub}}',
    rebase: '지금 버전을 비교 기준으로 삼기',
    anyProvider: '모든 공급자',
  },
  evidence: {
    title: '실패에서 얻은 증거',
    error: '오류: {{code}}: {{message}}',
    facts:
      '공급자 {{provider}} · subject {{sub}} · audience {{aud}} · 역할 {{role}} · 시각 {{time}}',
    notProvided: '주어지지 않음',
    otherEvent:
      '이 CloudTrail 레코드는 AssumeRoleWithWebIdentity가 아니라 {{name}} 이벤트입니다. 여기서 가져온 것은 없습니다.',
    proven: '오류가 증명하는 것: {{checks}}은(는) 통과했으므로 JWKS와 공급자는 필요 없습니다.',
    checks: {
      provider: 'OIDC 공급자',
      audience: 'audience',
      signature: '서명',
      time: '시간 클레임',
      trustPolicy: '신뢰 정책',
    },
    noCloudTrail:
      '이 실패는 신뢰 정책보다 앞에서 일어나므로 AWS가 CloudTrail 이벤트를 남기지 않습니다. 이벤트를 찾을 수 없다면 호출은 신뢰 정책 전에 실패한 것입니다.',
    admitted:
      '신뢰 정책은 {{sub}}을(를) 허용합니다. 거부는 다른 곳(다른 문, Deny, 다른 조건)에서 옵니다.',
    mismatch: ':sub 조건은 {{expected}}을(를) 기대하지만 토큰에는 {{actual}}이(가) 있습니다.',
    audienceMismatch: ':aud 조건이 {{aud}}을(를) 허용하지 않습니다.',
    fix: '역할 고치기 (subject를 바로잡은 신뢰 정책을 trust-policy.json으로 저장):',
    needTrust:
      '역할도 붙여넣으면(aws iam get-role --role-name {{role}}) 어느 조건이 거부하는지 보고 재현할 수 있습니다.',
    reproduce: '시나리오로 재현하기',
    reproduced: '증거로 시나리오를 불러왔습니다. 아래 결과가 그 실패를 재현합니다.',
  },
}
