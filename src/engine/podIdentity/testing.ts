/** Builders for the Pod Identity tests: the blog post's workload, moved to Pod Identity. */
import { generateClusterKey } from '../jwt'
import { ACCOUNT, baseScenario, issueToken, type ClusterKey } from '../testing/scenarioFixtures'
import { podIdentityFromIrsa } from './fromIrsa'
import type { PodIdentityScenario } from './types'

export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/example-role`

let key: Promise<ClusterKey> | undefined
/** One cluster key for the whole test file (RSA generation is slow). */
export const clusterKey = () => (key ??= generateClusterKey())

/** A Pod Identity token (audience pods.eks.amazonaws.com) for example/example-sa. */
export async function podIdentityToken(options: Parameters<typeof issueToken>[1] = {}) {
  return issueToken(await clusterKey(), { audiences: ['pods.eks.amazonaws.com'], ...options })
}

/** The happy path: the IRSA base scenario moved to Pod Identity with a Pod Identity token. */
export async function podIdentityScenario(token?: string): Promise<PodIdentityScenario> {
  const k = await clusterKey()
  const t = token ?? (await podIdentityToken())
  return podIdentityFromIrsa(baseScenario(k, t), { token: t })
}

/** A trust policy for pods.eks.amazonaws.com with the given actions and optional condition. */
export function podTrust(actions: string[], condition?: object): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'pods.eks.amazonaws.com' },
        Action: actions,
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  })
}
