import type { Messages } from '../en'

export const steps: Messages['steps'] = {
  title: '무슨 일이 있었나',
  listLabel: 'IRSA 체인의 단계',
  status: { pass: '통과', fail: '실패', skip: '건너뜀', info: '참고' },
  assumption: '가정: {{text}}',
}

export const findings: Messages['findings'] = {
  title: '발견 사항',
  none: '입력에 대해 알릴 것이 없습니다.',
  severity: { error: '오류', warning: '경고', info: '참고' },
}
