import type { importExport as en } from '../en/importExport'

type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> }

export const importExport: Catalog<typeof en> = {
  close: '닫기',
  copy: {
    label: '복사',
    labelFor: '복사: {{what}}',
    done: '복사했습니다.',
    failed: '복사하지 못했습니다. 텍스트를 선택해서 직접 복사하세요.',
  },
  fields: {
    token: '토큰',
    serviceAccount: '서비스 어카운트',
    pod: '파드',
    issuer: 'Issuer',
    jwks: 'JWKS',
    oidcProviders: 'OIDC 공급자',
    accountId: '계정 ID',
    roleName: '역할 이름',
    maxSessionDuration: '최대 세션 시간',
    trustPolicy: '신뢰 정책',
    permissionPolicy: '권한 정책',
    request: 'STS 요청',
    now: '시각(now)',
    call: 'API 호출',
  },
  import: {
    title: '클러스터에서 붙여넣기',
    intro:
      'kubectl, aws, curl이 출력한 내용을 붙여넣으세요. 출력 하나든 여러 개든, 터미널 세션 통째로든 괜찮습니다. 조각마다 무엇인지 알아보고 시나리오의 해당 부분을 채웁니다.',
    privacy:
      '브라우저 밖으로는 아무것도 나가지 않습니다. 붙여넣은 내용은 이 페이지 안에서만 읽습니다.',
    label: '도구 출력',
    placeholder: '$ kubectl get sa my-app -n my-namespace -o yaml',
    detectedTitle: '인식한 내용',
    nothing: '아직 인식한 내용이 없습니다.',
    fills: '채우는 항목: {{fields}}',
    replaces:
      '적용하면 시나리오 전체가 붙여 넣은 내용({{fields}})으로 바뀝니다. 없는 것은 예시에서 가져오지 않고 “제공되지 않음”으로 둡니다.',
    apply: '시나리오에 적용',
    clear: '지우기',
    applied: '적용했습니다: {{fields}}. 이제 결과에 반영됩니다.',
    missingTitle: '내 클러스터 기준 결과를 보려면 아직 필요한 것',
    missingIntro: '권한이 있는 곳에서 아래 명령을 실행하고, 출력을 붙여넣으세요.',
    missingNone: '필요한 조각이 모두 모였습니다. 지금 결과는 내 클러스터 기준입니다.',
    optional: '선택',
    placeholders: '<…> 부분은 실제 이름으로 바꾸세요.',
    kinds: {
      token:
        '{{subject}}의 서비스 어카운트 토큰 — issuer {{issuer}}, audience {{audience}}, 만료 {{expires}}',
      serviceAccount: '서비스 어카운트 {{namespace}}/{{name}} — role-arn {{roleArn}}',
      pod: '파드 {{namespace}}/{{name}} — 서비스 어카운트 {{serviceAccount}}, phase {{phase}}',
      role: 'IAM 역할 {{roleName}} ({{arn}}) — 최대 세션 {{maxSessionDuration}}초',
      oidcProvider: 'IAM OIDC 공급자 {{urls}} — client ID {{clientIds}}',
      oidcProviderList: 'IAM OIDC 공급자 목록({{count}}개): {{urls}}',
      cluster: 'EKS 클러스터 {{name}} ({{region}}) — issuer {{issuer}}',
      issuer: 'OIDC issuer {{issuer}}',
      jwks: '키 {{count}}개가 있는 JWKS: {{kids}}',
      rolePolicy: '역할 인라인 정책 {{name}}',
      policyVersion: '관리형 정책 버전 {{name}}',
      trustPolicy: '신뢰 정책 문서',
      permissionPolicy: '권한 정책 문서',
      unknown: '알아보지 못함: {{excerpt}}',
      tooLarge: '너무 커서 읽지 않았습니다({{length}}자).',
    },
    notes: {
      urlDecoded: 'IAM API가 돌려주는 그대로 URL 인코딩된 정책이라 디코딩했습니다.',
      clientIdsUnknown:
        '목록에는 ARN만 있습니다. get-open-id-connect-provider 출력을 붙여넣기 전까지 client ID는 알 수 없습니다.',
      podExists:
        '이미 존재하는 파드입니다. 웹훅은 파드가 생성될 때만 변경하므로, 환경 변수를 있는 그대로 읽습니다.',
      rolePath: '역할에 path가 있습니다. 시나리오는 역할을 루트 path(/)에 있는 것으로 다룹니다.',
      audienceNotSts:
        'audience가 sts.amazonaws.com이 아닙니다. 웹훅이 적용되지 않은 기본 Kubernetes 토큰인지 확인하세요.',
      listItem: 'List의 항목 하나입니다.',
      singleKey: '키 하나뿐이라 JWKS로 감쌌습니다.',
      syntax: 'JSON이나 YAML 형식이 아닙니다(중간에 잘렸나요?).',
    },
    missing: {
      token: '파드가 제시하는 토큰',
      serviceAccount: '서비스 어카운트',
      issuer: '클러스터의 OIDC issuer',
      jwks: 'issuer의 공개 키(JWKS)',
      oidcProvider: '계정의 IAM OIDC 공급자',
      providerClientIds: '목록에 있는 provider의 client ID',
      role: '역할과 신뢰 정책',
      permissionPolicy: '역할의 권한 정책(API 호출용)',
      pod: '파드(웹훅 단계용)',
    },
  },
  export: {
    title: '시나리오 내보내기',
    tabsLabel: '내보내기 형식',
    tabs: { file: '시나리오 파일', commands: '명령어', terraform: 'Terraform' },
    file: {
      intro:
        '에디터에 있는 그대로의 시나리오를 JSON 파일로 저장합니다. 나중에 여기서 다시 열거나 공유할 수 있습니다.',
      download: '시나리오 JSON 다운로드',
      upload: '시나리오 파일 열기',
      preview: '파일 {{name}}: 계정 {{account}}의 역할 {{role}}, issuer {{issuer}}.',
      replace: '현재 시나리오 바꾸기',
      cancel: '취소',
      loaded: '{{name}}을(를) 불러왔습니다.',
      errors: {
        tooLarge: '시나리오 파일이라기엔 너무 큽니다.',
        syntax: '올바른 JSON 파일이 아닙니다.',
        notScenario: 'IRSA Lab 시나리오 파일이 아닙니다.',
        newerVersion: '더 새로운 버전의 IRSA Lab에서 만든 파일입니다.',
        badField: '“{{field}}” 필드가 없거나 타입이 맞지 않습니다.',
        read: '파일을 읽지 못했습니다.',
      },
    },
    commands: {
      intro:
        '이 시나리오를 실제 계정과 클러스터에 만드는 명령어입니다. 모든 값은 셸에 안전하게 따옴표 처리하고 옵션에 붙여(--이름=값) 쓰거나 -- 뒤에 두어 어떤 값도 옵션으로 읽히지 않습니다. 정책은 먼저 파일로 씁니다.',
      copyAll: '명령어 전체 복사',
      placeholders: '먼저 {{names}} 값을 설정하세요. 자리표시자입니다.',
      blocks: {
        oidcProvider: '클러스터를 IAM OIDC 공급자로 등록',
        role: '신뢰 정책으로 역할 만들기',
        rolePolicy: '권한 정책 연결(인라인)',
        annotate: '서비스 어카운트에 역할 어노테이션 달기',
        eksctl: '또는 eksctl로 (역할과 어노테이션을 한 번에)',
        roleExisting: '기존 역할의 신뢰 정책 바꾸기',
        eksctlExisting: '또는 eksctl로 (기존 역할을 쓰고 어노테이션만 추가)',
        assume: '파드 안에서 SDK가 하는 일: AssumeRoleWithWebIdentity',
      },
      notes: {
        eksctl:
          'eksctl은 자체 신뢰 정책(:sub와 :aud를 정확히 일치)을 만들고, 위의 permission-policy.json을 관리형 정책으로 씁니다.',
        assume:
          '여기서는 kubectl로 토큰을 발급받습니다. 파드 안에서는 SDK가 마운트된 파일을 읽습니다.',
        eksctlExisting:
          'eksctl은 기존 역할을 그대로 두고(--attach-role-arn) 서비스 어카운트에 어노테이션만 추가합니다. 신뢰 정책은 위의 명령으로 바뀝니다.',
      },
    },
    refusals: {
      title: '출력하지 않음: 보이는 대로 실행되지 않는 값이 있습니다.',
      fix: '해당 편집기에서 값을 고치면 명령어가 나타납니다.',
      reasons: {
        optionLike: '{{field}}: “-”로 시작해 명령어가 옵션으로 받아들입니다.',
        paramFile:
          '{{field}}: file://, fileb:// 또는 http(s)://로 시작해 AWS CLI가 값 대신 그 파일이나 주소의 내용을 보냅니다.',
        zeroWidth:
          '{{field}}: 보이지 않는 폭 없는 문자({{codePoint}}, {{index}}번째 글자)가 있어 명령어에 실제로 실행되는 내용이 보이지 않습니다.',
        bidi: '{{field}}: 양방향 제어 문자({{codePoint}}, {{index}}번째 글자)가 있어 명령어가 실행 순서와 다르게 보일 수 있습니다.',
        control:
          '{{field}}: 명령어에 보이지 않는 제어 문자({{codePoint}}, {{index}}번째 글자)가 있습니다.',
        space:
          '{{field}}: 일반 공백이 아닌, 공백처럼 보이는 문자({{codePoint}}, {{index}}번째 글자)가 있습니다.',
      },
      fields: {
        providerUrl: 'OIDC 공급자 URL',
        clientId: '클라이언트 ID',
        thumbprint: '지문(thumbprint)',
        roleName: '역할 이름',
        accountId: '계정 ID',
        namespace: '네임스페이스',
        serviceAccount: '서비스 어카운트 이름',
        roleArn: '역할 ARN',
        requestRoleArn: '요청의 역할 ARN',
        roleSessionName: '역할 세션 이름',
        audience: '토큰의 대상(audience)',
        region: '리전',
        trustPolicy: '신뢰 정책',
        permissionPolicy: '권한 정책',
      },
    },
    terraform: {
      intro:
        'Terraform AWS provider로 쓴 같은 구성입니다. 신뢰 정책은 aws_iam_policy_document가 되고, condition마다 condition 블록 하나가 됩니다.',
      copy: 'Terraform',
      download: 'main.tf 다운로드',
      warnings: {
        trustPolicyVerbatim:
          '신뢰 정책을 aws_iam_policy_document로 옮길 수 없어(JSON이 아니거나 대응하는 블록이 없는 요소) 원문 그대로 두었습니다.',
        permissionPolicyVerbatim:
          '권한 정책을 aws_iam_policy_document로 옮길 수 없어 원문 그대로 두었습니다.',
      },
    },
  },
}
