/**
 * The default scenario: the story of the blog post in shared/seed/ — a pod in namespace `example`
 * running as ServiceAccount `example-sa` uploads a photo to S3 through the role `example-role`
 * (with a proper 12-digit account id and a 32-hex-digit EKS cluster id). It is the gallery's
 * happy path, signed with a freshly generated cluster key.
 */
import { generateClusterKey, prepareDocuments, yamlLibraryLoaded, type Scenario } from '../engine'
import type { ClusterKey } from '../engine/jwt'
import { blogDocuments, blogScenario } from './presets/blog'

export { ISSUER as DEFAULT_ISSUER } from './presets/blog'

/**
 * Builds the default scenario with a new cluster key and a token issued a minute before `now`
 * (the scenario's instant is `now`, as when the pod has just started and calls STS). A key whose
 * generation started earlier (`pendingKey`, see src/app/earlyKey.ts) is used instead of a new one.
 */
export async function createDefaultScenario(
  now: Date = new Date(),
  pendingKey?: Promise<ClusterKey>,
): Promise<{ scenario: Scenario; key: ClusterKey }> {
  const keyPair = pendingKey ?? generateClusterKey('RS256')
  // While the key is generated (off the main thread), the documents that do not depend on it are
  // parsed: the first simulation finds them ready, with the parsers' code already warm. Not before
  // the YAML library is there (it loads on first need): then the build's parse is in the caches
  // already (primeDocuments), or, in dev, simulate() loads the library and parses them itself.
  if (yamlLibraryLoaded()) prepareDocuments(blogDocuments())
  const key = await keyPair
  const issuedAt = new Date(Math.floor(now.getTime() / 1000) * 1000 - 60_000).toISOString()
  return { scenario: await blogScenario({ key, issuedAt }), key }
}
