/** "오류가 증명한 것" (issue #16): 증거로 재현한 시나리오의 단계에 표시됩니다. */
export const proven = {
  badge: '오류가 증명함 ({{code}})',
  reasons: {
    'sts-access-denied':
      'STS는 토큰을 받아들인 뒤에만 AccessDenied로 답합니다. OIDC 공급자, audience, 서명 키, 서명, 시간 클레임은 통과했고 신뢰 정책이 거부했습니다.',
    'no-provider':
      'STS가 토큰을 읽고 발급자를 찾았습니다. SDK가 웹 ID 설정을 찾아 올바른 형식의 토큰으로 STS를 호출했습니다.',
    'incorrect-audience':
      'STS는 OIDC 공급자를 찾은 뒤에야 audience를 공급자의 클라이언트 ID와 비교합니다. 공급자는 계정에 있습니다.',
    'verification-key': 'STS는 OIDC 공급자를 찾고 audience를 받아들인 뒤에 서명 키를 가져옵니다.',
    'signature-invalid':
      'STS가 찾은 키로 서명을 확인했습니다. OIDC 공급자, audience, 키 찾기는 통과했습니다.',
    'idp-unreachable':
      'STS는 OIDC 공급자를 찾고 audience를 받아들인 뒤에 ID 공급자에 연결하려 했습니다.',
    expired:
      'STS는 서명 다음에 시간 클레임을 확인합니다. OIDC 공급자, audience, 서명은 통과했습니다.',
    'invalid-arn':
      'STS는 토큰보다 요청을 먼저 검사합니다. SDK가 웹 ID 설정을 찾아 STS를 호출했습니다.',
    'invalid-token': 'SDK가 웹 ID 설정을 찾아 STS를 호출했습니다.',
    'api-denied-role':
      '호출은 역할의 임시 자격 증명으로 이루어졌습니다. STS가 발급했으므로 신뢰 정책을 포함한 모든 검사를 통과했고, 거부한 것은 역할의 권한 정책입니다.',
    'api-denied-node':
      '호출은 노드 역할의 자격 증명으로 이루어졌습니다. SDK가 웹 ID 설정을 찾지 못해 STS를 호출하지 않았습니다(웹훅이 파드를 변경하지 않았습니다).',
  },
  ordered:
    '이 판단은 이 실습이 모델링한 STS 검사 순서에 기댑니다. AWS는 그 순서를 문서화하지 않았습니다.',
  sources: '이 오류에 대한 AWS 문서:',
  diff: '다른 부분: 정책에는 {{expected}}, 요청에는 {{actual}}',
}
