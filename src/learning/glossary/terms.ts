/**
 * The glossary's terms and the words that name them in text, per language. The entries themselves
 * (term and definition) are in the i18n catalogues under `glossary.terms.<id>`; these patterns only
 * find the words, so they stay out of the catalogues (nobody reads them).
 */

/** Every glossary entry, in the order the full glossary lists them (the order of the IRSA chain). */
export const GLOSSARY_IDS = [
  'access-keys',
  'iam-role',
  'temporary-credentials',
  'session-token',
  'sts',
  'service-account',
  'jwt',
  'claims',
  'kid',
  'oidc',
  'discovery',
  'jwks',
  'oidc-provider',
  'role-arn-annotation',
  'webhook',
  'projected-token',
  'kubelet',
  'assume-role-web-identity',
  'trust-policy',
  'condition-key',
  'string-operators',
  'imds',
  'pod-identity',
] as const

export type GlossaryId = (typeof GLOSSARY_IDS)[number]

export type GlossaryLanguage = 'en' | 'ko'

/** Words shared by both languages: AWS and Kubernetes names stay in English in Korean text too. */
const COMMON: Partial<Record<GlossaryId, readonly string[]>> = {
  'access-keys': ['IAM User', 'IAM user'],
  'iam-role': ['IAM Role', 'IAM role'],
  'session-token': ['SessionToken'],
  sts: ['STS'],
  'service-account': ['ServiceAccount'],
  jwt: ['JWT'],
  claims: ['iss', 'sub', 'aud', 'exp'],
  kid: ['kid'],
  oidc: ['OIDC', 'OpenID Connect'],
  discovery: ['openid-configuration'],
  jwks: ['JWKS'],
  'oidc-provider': ['IAM OIDC provider', 'OIDC provider'],
  'role-arn-annotation': ['eks.amazonaws.com/role-arn'],
  webhook: ['Pod Identity Webhook', 'pod identity webhook'],
  kubelet: ['kubelet'],
  'assume-role-web-identity': ['AssumeRoleWithWebIdentity'],
  'string-operators': ['StringEquals', 'StringLike'],
  imds: ['IMDS'],
  'pod-identity': ['EKS Pod Identity'],
}

const BY_LANGUAGE: Record<GlossaryLanguage, Partial<Record<GlossaryId, readonly string[]>>> = {
  en: {
    'access-keys': ['access keys', 'access key'],
    'temporary-credentials': ['temporary credentials'],
    'session-token': ['session token'],
    discovery: ['discovery document', 'OpenID configuration'],
    'role-arn-annotation': ['role-arn annotation'],
    webhook: ['webhook'],
    'projected-token': ['projected ServiceAccount token', 'projected token'],
    'trust-policy': ['trust policy', 'trust policies', 'trust relationship'],
    'condition-key': ['condition keys', 'condition key'],
    imds: ['instance metadata service'],
  },
  ko: {
    'access-keys': ['액세스 키', 'IAM 사용자'],
    'iam-role': ['IAM 역할'],
    'temporary-credentials': ['임시 자격 증명'],
    'session-token': ['세션 토큰'],
    discovery: ['discovery 문서', 'OpenID 구성'],
    'oidc-provider': ['OIDC 공급자', 'OIDC 제공자'],
    'role-arn-annotation': ['role-arn 어노테이션'],
    webhook: ['Webhook', '웹훅'],
    'projected-token': ['projected ServiceAccount 토큰', 'projected 토큰'],
    'trust-policy': ['신뢰 정책', '신뢰 관계', 'Trust Relationship'],
    'condition-key': ['조건 키'],
    imds: ['인스턴스 메타데이터'],
  },
}

/** One word (or phrase) that names a glossary term. */
export interface TermPattern {
  text: string
  id: GlossaryId
}

/**
 * Every pattern of a language, longest first: 'IAM OIDC provider' wins over 'OIDC', and
 * 'projected ServiceAccount token' over 'ServiceAccount'.
 */
export function termPatterns(lang: GlossaryLanguage): TermPattern[] {
  const out: TermPattern[] = []
  for (const id of GLOSSARY_IDS) {
    for (const text of [...(COMMON[id] ?? []), ...(BY_LANGUAGE[lang][id] ?? [])])
      out.push({ text, id })
  }
  return out.sort((a, b) => b.text.length - a.text.length)
}

/** Narrows a string (a route parameter, an i18n language) to a glossary id. */
export const isGlossaryId = (value: string): value is GlossaryId =>
  (GLOSSARY_IDS as readonly string[]).includes(value)
