/**
 * What the pod identity webhook injected (the trace's `webhook.mutate` step carries the pod before
 * and after): one entry per volume, mount and environment variable, so the UI can say why each one
 * is there. Pure: the pods are the engine's; this only compares them.
 */

/** One thing the webhook added to the pod. */
export type Injection =
  | { kind: 'volume'; name: string; audience?: string; expirationSeconds?: number }
  | { kind: 'mount'; container: string; name: string; mountPath: string }
  | { kind: 'env'; container: string; name: string; value: string }

interface NamedEntry {
  name?: unknown
  [key: string]: unknown
}

const list = (value: unknown): NamedEntry[] =>
  Array.isArray(value) ? value.filter((v): v is NamedEntry => !!v && typeof v === 'object') : []

const names = (value: unknown) => new Set(list(value).map((e) => e.name))

const spec = (pod: unknown) =>
  pod && typeof pod === 'object' ? ((pod as { spec?: Record<string, unknown> }).spec ?? {}) : {}

/** The token volume's audience and lifetime, from its projected source. */
function tokenSource(volume: NamedEntry) {
  const sources = list((volume.projected as { sources?: unknown } | undefined)?.sources)
  const token = sources.map((s) => s.serviceAccountToken as Record<string, unknown> | undefined)[0]
  return {
    ...(typeof token?.audience === 'string' ? { audience: token.audience } : {}),
    ...(typeof token?.expirationSeconds === 'number'
      ? { expirationSeconds: token.expirationSeconds }
      : {}),
  }
}

/** What the webhook added to `pod` to make `mutated`. */
export function explainMutation(pod: unknown, mutated: unknown): Injection[] {
  const before = spec(pod)
  const after = spec(mutated)
  const injections: Injection[] = []
  const oldVolumes = names(before.volumes)
  for (const volume of list(after.volumes)) {
    if (typeof volume.name !== 'string' || oldVolumes.has(volume.name)) continue
    injections.push({ kind: 'volume', name: volume.name, ...tokenSource(volume) })
  }
  for (const group of ['initContainers', 'containers'] as const) {
    const oldContainers = list(before[group])
    for (const container of list(after[group])) {
      const name = typeof container.name === 'string' ? container.name : '?'
      const old = oldContainers.find((c) => c.name === container.name)
      const oldMounts = names(old?.volumeMounts)
      for (const mount of list(container.volumeMounts)) {
        if (typeof mount.name !== 'string' || oldMounts.has(mount.name)) continue
        injections.push({
          kind: 'mount',
          container: name,
          name: mount.name,
          mountPath: String(mount.mountPath ?? ''),
        })
      }
      const oldEnv = new Map(list(old?.env).map((e) => [e.name, e.value]))
      for (const env of list(container.env)) {
        if (typeof env.name !== 'string') continue
        if (oldEnv.has(env.name) && oldEnv.get(env.name) === env.value) continue
        injections.push({
          kind: 'env',
          container: name,
          name: env.name,
          value: String(env.value ?? ''),
        })
      }
    }
  }
  return injections
}
