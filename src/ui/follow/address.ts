/**
 * Whether phones in the room can reach an address: a QR code for `127.0.0.1` or a home network's
 * `192.168.…` opens nothing on a phone on the venue's Wi-Fi (or on mobile data). Pure: takes a
 * URL's hostname (IPv6 in brackets, as `URL.hostname` gives it).
 *
 * Loopback: 127.0.0.0/8, ::1, localhost and *.localhost (RFC 6761 §6.3), 0.0.0.0.
 * Private: 10/8, 172.16/12, 192.168/16 (RFC 1918), 100.64/10 (RFC 6598, carrier-grade NAT),
 * 169.254/16 and fe80::/10 (link-local, RFC 3927, RFC 4291), fc00::/7 (unique local, RFC 4193),
 * IPv4-mapped IPv6 of any of these, and mDNS names (*.local, RFC 6762).
 */
export type AddressReach = 'loopback' | 'private' | 'public'

function ipv4(host: string): number[] | undefined {
  const parts = host.split('.')
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined
  const bytes = parts.map(Number)
  return bytes.every((b) => b <= 255) ? bytes : undefined
}

function classifyIpv4([a, b]: number[]): AddressReach {
  if (a === 127 || a === 0) return 'loopback'
  if (a === 10) return 'private'
  if (a === 172 && b! >= 16 && b! <= 31) return 'private'
  if (a === 192 && b === 168) return 'private'
  if (a === 169 && b === 254) return 'private'
  if (a === 100 && b! >= 64 && b! <= 127) return 'private'
  return 'public'
}

/** The eight 16-bit groups of an IPv6 address (with `::` and an embedded IPv4), or undefined. */
function ipv6(host: string): number[] | undefined {
  let text = host.toLowerCase()
  const zone = text.indexOf('%')
  if (zone >= 0) text = text.slice(0, zone)
  if (!text.includes(':')) return undefined
  // An embedded IPv4 address (::ffff:192.168.0.1) becomes its two groups.
  const lastColon = text.lastIndexOf(':')
  const last = text.slice(lastColon + 1)
  if (last.includes('.')) {
    const v4 = ipv4(last)
    if (!v4) return undefined
    const hex = (hi: number, lo: number) => ((hi << 8) | lo).toString(16)
    text = `${text.slice(0, lastColon + 1)}${hex(v4[0]!, v4[1]!)}:${hex(v4[2]!, v4[3]!)}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  const group = (s: string) => (s === '' ? [] : s.split(':'))
  const head = group(halves[0]!)
  const rest = halves.length === 2 ? group(halves[1]!) : []
  const valid = (g: string) => /^[0-9a-f]{1,4}$/.test(g)
  if (![...head, ...rest].every(valid)) return undefined
  const known = head.length + rest.length
  if (halves.length === 1 && known !== 8) return undefined
  if (halves.length === 2 && known > 7) return undefined
  const zeros = Array<number>(8 - known).fill(0)
  return [
    ...head.map((g) => parseInt(g, 16)),
    ...(halves.length === 2 ? zeros : []),
    ...rest.map((g) => parseInt(g, 16)),
  ]
}

/** Where `hostname` (as `URL.hostname` gives it) can be reached from. */
export function classifyHost(hostname: string): AddressReach {
  let host = hostname.trim().toLowerCase()
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1)
  if (host.endsWith('.')) host = host.slice(0, -1)
  if (host === '' || host === 'localhost' || host.endsWith('.localhost')) return 'loopback'
  if (host.endsWith('.local')) return 'private'
  const v4 = ipv4(host)
  if (v4) return classifyIpv4(v4)
  const v6 = ipv6(host)
  if (!v6) return 'public'
  const [g0, g1, g2, g3, g4, g5, g6, g7] = v6 as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  if (v6.every((g, i) => g === (i === 7 ? 1 : 0)) || v6.every((g) => g === 0)) return 'loopback'
  // IPv4-mapped (::ffff:a.b.c.d): the IPv4 address decides.
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff)
    return classifyIpv4([g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff])
  if ((g0 & 0xfe00) === 0xfc00) return 'private'
  if ((g0 & 0xffc0) === 0xfe80) return 'private'
  return 'public'
}
