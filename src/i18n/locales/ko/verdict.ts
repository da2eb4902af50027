import type { Messages } from '../en'

export const verdict: Messages['verdict'] = {
  issued: '자격 증명 발급됨',
  issuedBody: 'STS가 {{subject}}의 토큰을 신뢰하고 {{arn}}의 임시 자격 증명을 발급했습니다.',
  denied: 'STS가 거부함',
  neverCalled: '웹 ID 설정 없음: STS를 호출하지 않았습니다',
  invalid: '시나리오를 시뮬레이션할 수 없습니다',
  invalidBody: '아래 오류를 고치세요. ServiceAccount나 파드를 읽을 수 없습니다.',
  stoppedAt: '멈춘 곳:',
  credentialsLabel: 'aws sts assume-role-with-web-identity 출력',
}
