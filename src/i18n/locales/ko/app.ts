import type { Messages } from '../en'

export const app: Messages['app'] = {
  title: 'IRSA Lab',
  tagline: '서비스 어카운트용 IAM 역할(IRSA)을 브라우저에서 한 단계씩',
  privacy: '이 페이지 밖으로는 아무것도 나가지 않습니다. 키, 토큰, 정책은 브라우저에만 머뭅니다.',
  loading: '클러스터 키와 서비스 어카운트 토큰을 만드는 중…',
  theme: { label: '테마', system: '시스템', light: '라이트', dark: '다크' },
  language: { label: '언어' },
  regions: { inputs: '입력', verdict: '결과' },
  skipToVerdict: '결과로 건너뛰기',
}
