/**
 * IpAddress / NotIpAddress. Source: IAM User Guide, "Condition operators" → IP address condition
 * operators: the policy value is an IPv4 or IPv6 address or CIDR range (RFC 4632); a plain address
 * means a single host. An IPv4 range never matches an IPv6 request address and vice versa.
 */
import type { ConditionOperator } from './operator'

/** An address as bytes (4 for IPv4, 16 for IPv6). */
export type IpBytes = number[]

function parseIpv4(text: string): IpBytes | undefined {
  const parts = text.split('.')
  if (parts.length !== 4) return undefined
  const bytes: number[] = []
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined
    const n = Number(part)
    if (n > 255) return undefined
    bytes.push(n)
  }
  return bytes
}

function parseIpv6(text: string): IpBytes | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  const toGroups = (part: string): number[] | undefined => {
    if (part === '') return []
    const groups: number[] = []
    const items = part.split(':')
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!
      if (i === items.length - 1 && item.includes('.')) {
        const v4 = parseIpv4(item)
        if (!v4) return undefined
        groups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!)
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(item)) return undefined
        groups.push(parseInt(item, 16))
      }
    }
    return groups
  }
  const head = toGroups(halves[0]!)
  const tail = halves.length === 2 ? toGroups(halves[1]!) : []
  if (!head || !tail) return undefined
  const missing = 8 - head.length - tail.length
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined
  const groups = [...head, ...Array.from({ length: missing }, () => 0), ...tail]
  return groups.flatMap((g) => [g >> 8, g & 0xff])
}

/** Parses an IPv4 or IPv6 address. */
export function parseIp(text: string): IpBytes | undefined {
  const trimmed = text.trim()
  return trimmed.includes(':') ? parseIpv6(trimmed) : parseIpv4(trimmed)
}

/** A CIDR range: network bytes and prefix length. */
export interface CidrRange {
  bytes: IpBytes
  prefix: number
}

/** Parses `10.0.0.0/8`, `2001:db8::/32` or a single address. */
export function parseCidr(text: string): CidrRange | undefined {
  const [address = '', prefixText, extra] = text.trim().split('/')
  if (extra !== undefined) return undefined
  const bytes = parseIp(address)
  if (!bytes) return undefined
  const bits = bytes.length * 8
  if (prefixText === undefined) return { bytes, prefix: bits }
  if (!/^\d{1,3}$/.test(prefixText)) return undefined
  const prefix = Number(prefixText)
  return prefix <= bits ? { bytes, prefix } : undefined
}

/** Whether `address` lies in `range` (same family only). */
export function cidrContains(range: CidrRange, address: IpBytes): boolean {
  if (range.bytes.length !== address.length) return false
  let remaining = range.prefix
  for (let i = 0; i < address.length && remaining > 0; i++) {
    const take = Math.min(8, remaining)
    const mask = (0xff << (8 - take)) & 0xff
    if ((range.bytes[i]! & mask) !== (address[i]! & mask)) return false
    remaining -= take
  }
  return true
}

function ipOperator(name: string, negated: boolean): ConditionOperator {
  return {
    name,
    family: 'IpAddress',
    negated,
    variables: false,
    compile(value) {
      const range = parseCidr(value)
      if (!range) return 'value.not-an-ip-range'
      return (actual) => {
        const address = parseIp(actual)
        return address !== undefined && cidrContains(range, address)
      }
    },
  }
}

/** IpAddress and NotIpAddress. */
export const IP_OPERATORS: readonly ConditionOperator[] = [
  ipOperator('IpAddress', false),
  ipOperator('NotIpAddress', true),
]
