/**
 * One Korean vocabulary: the English terms of IRSA and the Korean word every Korean message uses
 * for each, after AWS's Korean documentation (IAM: 역할, OIDC 공급자, 신뢰 정책, 권한 정책, 임시 자격
 * 증명; https://docs.aws.amazon.com/ko_kr/IAM/latest/UserGuide/id_roles_providers_create_oidc.html)
 * and the Kubernetes Korean documentation (파드, 서비스 어카운트, 네임스페이스, 어노테이션, 웹훅;
 * https://kubernetes.io/ko/docs/reference/glossary/). Names of products, API actions, policy
 * elements and fields stay in English as both documentations keep them: EKS Pod Identity,
 * AssumeRoleWithWebIdentity, Principal, Condition, `role-arn`, `metadata.annotations`.
 *
 * `drift` finds the English word where a Korean message uses it as prose; identifiers next to
 * it (`role-arn`, `AWS_ROLE_ARN`, `<namespace>`, `--annotation-prefix`, `annotations:`) are not
 * prose and do not count.
 */
export interface Term {
  en: string
  ko: string
  /** The English word used as prose in Korean text. */
  drift: RegExp
}

/** Not part of an identifier on either side (`role-arn`, `:role/`, `{{role}}`, `<namespace>`). */
const word = (body: string, after = '') =>
  new RegExp(
    `(?<![A-Za-z0-9_\\-/:.$<{])(?:${body})(?![A-Za-z0-9_\\-/:>}]|\\.[A-Za-z]${after})`,
    'g',
  )

export const TERMS: readonly Term[] = [
  { en: 'role', ko: '역할', drift: word('IAM Roles?|[Rr]oles?') },
  { en: 'OIDC provider', ko: 'OIDC 공급자', drift: /OIDC [Pp]roviders?/g },
  { en: 'trust policy', ko: '신뢰 정책', drift: /[Tt]rust [Pp]olic(?:y|ies)/g },
  { en: 'permission policy', ko: '권한 정책', drift: /[Pp]ermissions? [Pp]olic(?:y|ies)/g },
  // "EKS Pod Identity" is a product name and stays.
  { en: 'Pod', ko: '파드', drift: word('[Pp]ods?', '|\\s+[Ii]dentity') },
  { en: 'webhook', ko: '웹훅', drift: word('[Ww]ebhooks?') },
  { en: 'annotation', ko: '어노테이션', drift: word('[Aa]nnotation|Annotations') },
  {
    en: 'ServiceAccount',
    ko: '서비스 어카운트',
    drift: word('ServiceAccounts?|[Ss]ervice [Aa]ccounts?'),
  },
  { en: 'namespace', ko: '네임스페이스', drift: word('[Nn]amespaces?') },
  { en: 'temporary credentials', ko: '임시 자격 증명', drift: /[Tt]emporary [Cc]redentials/g },
]

export interface Drift {
  term: Term
  found: string
  index: number
}

/** Where a Korean message uses an English term instead of the vocabulary's word. */
export function findDrift(text: string): Drift[] {
  return TERMS.flatMap((term) =>
    [...text.matchAll(term.drift)].map((m) => ({ term, found: m[0], index: m.index ?? 0 })),
  )
}
