import type { Messages } from '../en'

export const safety: Messages['safety'] = {
  storage: {
    notSaved: '이 기기에 저장되지 않음',
    'notSaved-blocked':
      '이 브라우저는 페이지가 아무것도 저장하지 못하게 합니다. 작업은 탭을 닫을 때까지만 유지됩니다. 결과는 계속 갱신됩니다.',
    'notSaved-quota':
      '이 기기의 저장 공간이 가득 찼습니다. 최근 편집은 저장되지 않았습니다. 결과는 계속 갱신됩니다.',
    'notSaved-too-large':
      '시나리오가 너무 커서 이 기기에 저장할 수 없습니다. 최근 편집은 저장되지 않았습니다. 결과는 계속 갱신됩니다.',
    readOnly: '이 보기는 이 기기에 아무것도 저장하지 않습니다.',
  },
  privacy: {
    remember: '이 기기에 이 시나리오 기억하기',
    rememberHint:
      '꺼져 있으면 실제 토큰, 파드 환경 변수 값과 어노테이션은 이 탭에만 있고 저장되지 않습니다.',
    forget: '이 기기에서 모두 지우기',
    forgetTitle: '이 기기에서 모두 지울까요?',
    forgetBody:
      '저장된 시나리오, 실행 취소 기록, 투어와 챌린지 진행 상황, 언어와 테마 선택, 앱의 오프라인 사본을 이 브라우저에서 지웁니다. 화면의 시나리오는 기본 시나리오로 바뀝니다.',
    forgetConfirm: '모두 지우기',
    cancel: '취소',
  },
  share: {
    contentsTitle: '이 링크에 담긴 내용',
    scenario: '“{{preset}}” 시나리오와 달라진 부분',
    fields: '편집한 입력: {{fields}}',
    noFields: '편집한 입력 없음(갤러리의 시나리오 그대로)',
    tokenClaims: '토큰의 클레임만(열 때 데모 키로 다시 서명)',
    tokenDemo: '이 브라우저에서 만든 일회용 데모 키로 서명한 토큰',
    tokenReal: '실제 토큰 그대로: 링크를 가진 누구나 만료될 때까지 사용할 수 있습니다',
    tokenNone: '토큰 없음(시나리오가 직접 다시 만듭니다)',
    podRedacted: '파드 환경 변수 값과 어노테이션: {{count}}개를 REDACTED로 바꿈',
    podIncluded: '파드 환경 변수 값과 어노테이션: 그대로 포함',
    podDropped: '파드 매니페스트: 가릴 수 있게 읽을 수 없어 제외함',
    privateJwk: '개인 키 멤버(d, p, q, dp, dq, qi, oth, k): JWKS에서 제거함',
    step: '선택한 단계({{step}})',
    includeReal: '실제 토큰과 파드 값 포함하기',
  },
  file: {
    legend: '내려받기 전에',
    contentsTitle: '이 파일에 담긴 내용',
    realToken:
      '이 시나리오에는 실제 토큰이 있습니다. 파일을 가진 누구나 만료될 때까지 사용할 수 있습니다.',
    redact: '토큰의 서명과 파드의 환경 변수 값, 어노테이션 빼기',
    include: '실제 토큰과 파드 값을 그대로 포함하기',
    'token-real': '실제 토큰 그대로: 파일을 가진 누구나 만료될 때까지 사용할 수 있습니다',
    'token-unsigned': '실제 토큰의 헤더와 클레임만, 서명 없이(STS는 거부합니다)',
    'token-demo': '이 브라우저에서 만든 일회용 데모 키로 서명한 토큰',
  },
  update: {
    ready: 'IRSA Lab의 새 버전이 준비되었습니다.',
    body: '새로 고쳐도 시나리오는 유지됩니다(실제 토큰은 기억하기로 선택한 경우에만).',
    reload: '새로 고쳐 업데이트',
    later: '나중에',
  },
  boundary: {
    title: '페이지의 이 부분이 작동을 멈췄습니다',
    body: '시나리오는 안전합니다. 잃어버린 것은 없습니다. 페이지를 새로 고치거나 기본 시나리오로 처음부터 시작하세요(마지막으로 정상이던 시나리오의 사본은 실행 취소로 되돌릴 수 있습니다).',
    reload: '새로 고침',
    startOver: '처음부터',
    newVersion: '새 버전이 있습니다 — 새로 고침',
    newVersionBody: '이 탭은 이전 버전의 페이지이고, 그 일부가 더 이상 서버에 없습니다.',
  },
}
