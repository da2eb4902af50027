import type { Messages } from '../en'

export const experiments: Messages['experiments'] = {
  title: '실험',
  intro: '하나만 바꾸고 결과를 보세요. (실행 취소로 되돌릴 수 있습니다)',
  more: '실험 더 보기 ({{count}})',
  less: '실험 접기',
  applied: '적용됨: {{label}}',
  undo: '실행 취소',
  items: {
    removeSub: ':sub 조건을 지우고 누가 또 역할을 맡을 수 있는지 보기',
    clockPastExp: '시계를 토큰의 exp와 5분 시계 오차 허용 이후로 옮기기',
    clockBack: '시계를 토큰 발급 1분 뒤로 되돌리기',
    equalsToLike: 'StringEquals를 StringLike로 바꾸기',
    swapAudSub: ':aud와 :sub 값 바꾸기',
    dropClientId: '공급자의 client ID 지우기',
    emptyJwks: 'JWKS 비우기',
    request7200: '7200초짜리 자격 증명 요청하기',
    raiseMaxSession: '역할의 최대 세션 기간을 12시간으로 늘리기',
    removeAnnotation: 'eks.amazonaws.com/role-arn 어노테이션 지우기',
    dropPermissions: '권한 정책 분리하기',
  },
}
