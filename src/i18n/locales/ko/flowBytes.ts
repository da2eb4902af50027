import type { Messages } from '../en'

/** 흐름의 각 단계가 다루는 데이터 ("다이어그램 위의 바이트"), 내레이션 옆에 표시. */
export const flowBytes: Messages['flowBytes'] = {
  reproduce: '터미널에서 재현하기 (토큰은 token이라는 파일에)',
  token: {
    title: '두 개의 점에서 나뉘는 토큰',
    header: '헤더',
    payload: '페이로드',
    signature: '서명',
    size: '디코딩하면 {{n}}바이트',
    decoded: 'base64url로 디코딩한 헤더와 페이로드 JSON',
    claims: '각 클레임이 쓰이는 곳',
    uses: {
      discovery: 'discovery URL',
      jwks: 'JWKS 항목',
      condition: '조건 키',
    },
  },
  discovery: {
    title: 'Discovery: 발급자의 구성 문서',
    request: 'STS가 발급자에게 요청합니다',
    response: '발급자의 응답',
  },
  jwks: {
    title: 'JWKS: 발급자가 공개하는 키',
    request: 'STS가 키를 가져옵니다',
    lit: 'kid가 토큰의 kid와 같습니다. 이 키로 서명을 검증합니다',
    none: '토큰의 kid와 같은 키가 없습니다. JWKS에서 {{kid}}와 일치하는 항목이 없습니다',
    tokenKid: '토큰의 kid',
  },
  condition: {
    title: '문자 단위로 비교한 조건',
    key: '키: 발급자의 호스트와 경로, 그리고 :{{claim}}',
    keyMatches: '정책의 키와 같음',
    keyDiffers: '정책의 키와 다름',
    first: '{{n}}번째 문자에서 처음 달라집니다',
    same: '모든 문자가 같습니다',
    wild: '와일드카드가 밑줄 친 문자를 대신합니다',
  },
  sts: {
    request: 'SDK가 보내는 요청 (AWS Query 프로토콜, 서명 없음)',
    response: 'STS의 응답',
    credentials: '임시 자격 증명',
    expiresIn: '시뮬레이션 시계로 {{time}} 뒤에 만료됩니다 (현재 {{now}})',
    expired: '{{expiration}}에 만료되었습니다 (시뮬레이션 시계)',
  },
}
