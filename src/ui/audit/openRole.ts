/** Opens an audited role as the playground's scenario (undoable), with a fresh demo key. */
import { generateClusterKey } from '../../engine'
import { roleScenario, type AuditRole, type ProviderInput } from '../../scenarios/audit'
import { useAppStore } from '../../state/store'

export async function openRole(role: AuditRole, providers: readonly ProviderInput[]) {
  const key = await generateClusterKey('RS256')
  const issuedAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000).toISOString()
  const scenario = await roleScenario(role, providers, { key, issuedAt })
  useAppStore.getState().loadScenario(scenario, {
    alg: 'RS256',
    kid: key.kid,
    privateJwk: key.privateJwk,
    publicJwk: key.publicJwk,
  })
}
