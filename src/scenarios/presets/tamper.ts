/** Edits the payload of a compact JWS without re-signing it: what an attacker (or a typo) does. */
export function tamperPayload(
  token: string,
  edit: (payload: Record<string, unknown>) => void,
): string {
  const [header, payload, signature] = token.split('.')
  const json = new TextDecoder().decode(fromBase64Url(payload ?? ''))
  const claims = JSON.parse(json) as Record<string, unknown>
  edit(claims)
  return [header, toBase64Url(new TextEncoder().encode(JSON.stringify(claims))), signature].join(
    '.',
  )
}

function fromBase64Url(segment: string): Uint8Array {
  const b64 = segment.replace(/-/g, '+').replace(/_/g, '/')
  return Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0))
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
