/**
 * Small, forgiving edits of a trust policy's JSON for solutions and starting scenarios: the
 * conditions of the first Allow statement on the token's `:sub` and `:aud`.
 */

type Json = Record<string, unknown>

const parse = (text: string): Json | undefined => {
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined
  } catch {
    return undefined
  }
}

const statements = (policy: Json): Json[] => {
  const s = policy.Statement
  return (Array.isArray(s) ? s : s ? [s] : []).filter(
    (x): x is Json => !!x && typeof x === 'object',
  )
}

/** The first Allow statement's Condition block (created when absent). */
function allowConditions(policy: Json): Record<string, Json> | undefined {
  const statement = statements(policy).find((s) => s.Effect === 'Allow')
  if (!statement) return undefined
  if (!statement.Condition || typeof statement.Condition !== 'object') statement.Condition = {}
  return statement.Condition as Record<string, Json>
}

/** Applies `edit` to the parsed policy; returns the text unchanged when it is not JSON. */
export function editTrust(text: string, edit: (conditions: Record<string, Json>) => void): string {
  const policy = parse(text)
  const conditions = policy && allowConditions(policy)
  if (!policy || !conditions) return text
  edit(conditions)
  return JSON.stringify(policy, null, 2)
}

/** Every condition key of an operator block ending with `suffix` (e.g. ':sub'). */
export const keysEnding = (block: Json, suffix: string) =>
  Object.keys(block).filter((k) => k.endsWith(suffix))

/**
 * Sets the `:sub` condition to `value` under `operator`, removing `:sub` from every other
 * operator. `hostPath` names the key when the policy has none yet.
 */
export function setSub(
  text: string,
  value: string | string[],
  hostPath: string,
  operator = 'StringEquals',
) {
  return editTrust(text, (conditions) => {
    let key = `${hostPath}:sub`
    for (const [op, block] of Object.entries(conditions)) {
      for (const k of keysEnding(block, ':sub')) {
        key = k
        delete block[k]
      }
      if (Object.keys(block).length === 0) delete conditions[op]
    }
    conditions[operator] = { ...(conditions[operator] ?? {}), [key]: value }
  })
}

/** Moves every condition of operator `from` to operator `to`. */
export function renameOperator(text: string, from: string, to: string) {
  return editTrust(text, (conditions) => {
    const block = conditions[from]
    if (!block) return
    delete conditions[from]
    conditions[to] = { ...(conditions[to] ?? {}), ...block }
  })
}

/** Swaps the values of the `:sub` and `:aud` keys in every operator. */
export function swapSubAud(text: string) {
  return editTrust(text, (conditions) => {
    for (const block of Object.values(conditions)) {
      const [sub] = keysEnding(block, ':sub')
      const [aud] = keysEnding(block, ':aud')
      if (!sub || !aud) continue
      const value = block[sub]
      block[sub] = block[aud]
      block[aud] = value
    }
  })
}

/** Removes the `:sub` condition everywhere (the attacker's favourite trust policy). */
export function removeSub(text: string) {
  return editTrust(text, (conditions) => {
    for (const [op, block] of Object.entries(conditions)) {
      for (const k of keysEnding(block, ':sub')) delete block[k]
      if (Object.keys(block).length === 0) delete conditions[op]
    }
  })
}

/** Whether the policy has a `:sub` condition in any statement. */
export function hasSub(text: string): boolean {
  const policy = parse(text)
  if (!policy) return false
  return statements(policy).some((s) =>
    Object.values((s.Condition as Record<string, Json> | undefined) ?? {}).some(
      (block) => block && typeof block === 'object' && keysEnding(block, ':sub').length > 0,
    ),
  )
}

/** The operators used by the first Allow statement's conditions. */
export function operators(text: string): string[] {
  const policy = parse(text)
  const statement = policy && statements(policy).find((s) => s.Effect === 'Allow')
  const condition = statement?.Condition
  return condition && typeof condition === 'object' ? Object.keys(condition) : []
}
