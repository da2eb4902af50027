/**
 * 가져온 시나리오에는 붙여 넣은 것만 있습니다 (이슈 #16): 붙여 넣지 않은 것은 "제공되지 않음"이고,
 * 그 값이 필요한 검사는 알 수 없음입니다. 첫 화면(편집기, 결과)에 나옵니다.
 */
export const notProvided = {
  badge: '제공되지 않음',
  editor:
    '붙여 넣은 내용에 이 값이 없습니다. 이 값이 필요한 검사는 알 수 없음으로 두고, 예시의 값으로 대신하지 않습니다.',
  editorHint: '‘클러스터에서 붙여넣기’로 붙여 넣거나 여기에 직접 입력하세요.',
  heading: '판단할 수 없음',
  body: '제공되지 않은 입력이 있어 그 값이 필요한 검사는 알 수 없습니다. 결과를 보려면 붙여 넣으세요.',
  deniedNote:
    '이 실패는 제공되지 않은 입력의 값과 관계없이 일어납니다. 붙여 넣은 내용만으로 뒤의 검사가 실패합니다.',
  listTitle: '제공되지 않은 것과 그것을 출력하는 명령',
  inputs: {
    token: '토큰',
    serviceAccount: '서비스 어카운트',
    pod: '파드',
    issuer: '클러스터의 OIDC 발급자',
    jwks: 'JWKS',
    oidcProviders: '계정의 IAM OIDC 공급자',
    trustPolicy: '역할 (신뢰 정책)',
    permissionPolicy: '역할의 권한 정책',
  },
}
