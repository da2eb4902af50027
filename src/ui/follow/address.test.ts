import { describe, expect, it } from 'vitest'
import { classifyHost, type AddressReach } from './address'

const TABLE: [string, AddressReach][] = [
  // Loopback
  ['127.0.0.1', 'loopback'],
  ['127.255.0.9', 'loopback'],
  ['localhost', 'loopback'],
  ['LOCALHOST.', 'loopback'],
  ['app.localhost', 'loopback'],
  ['0.0.0.0', 'loopback'],
  ['[::1]', 'loopback'],
  ['[0:0:0:0:0:0:0:1]', 'loopback'],
  ['[::]', 'loopback'],
  ['[::ffff:127.0.0.1]', 'loopback'],
  ['[::ffff:7f00:1]', 'loopback'],
  // Private (RFC 1918 and friends)
  ['10.0.0.1', 'private'],
  ['10.255.255.255', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.254', 'private'],
  ['192.168.1.20', 'private'],
  ['169.254.10.1', 'private'],
  ['100.64.0.1', 'private'],
  ['[fc00::1]', 'private'],
  ['[fd12:3456:789a::1]', 'private'],
  ['[fe80::1]', 'private'],
  ['[fe80::1%25eth0]', 'private'],
  ['[::ffff:192.168.0.7]', 'private'],
  ['[::ffff:10.1.2.3]', 'private'],
  ['laptop.local', 'private'],
  ['Laptop.Local.', 'private'],
  // Public
  ['172.15.0.1', 'public'],
  ['172.32.0.1', 'public'],
  ['192.169.0.1', 'public'],
  ['11.0.0.1', 'public'],
  ['100.63.0.1', 'public'],
  ['100.128.0.1', 'public'],
  ['8.8.8.8', 'public'],
  ['[2001:db8::1]', 'public'],
  ['[2606:4700::1111]', 'public'],
  ['[fec0::1]', 'public'],
  ['[::ffff:8.8.8.8]', 'public'],
  ['irsa-lab.example.com', 'public'],
  ['localhost.example.com', 'public'],
  ['local', 'public'],
  ['my.local.example', 'public'],
  // Not addresses at all: names, which the public DNS resolves.
  ['256.1.1.1', 'public'],
  ['1.2.3', 'public'],
  ['[1:2:3:4:5:6:7:8:9]', 'public'],
  ['[::1::2]', 'public'],
]

describe('classifyHost', () => {
  it.each(TABLE)('%s is %s', (host, reach) => {
    expect(classifyHost(host)).toBe(reach)
  })

  it('agrees with what URL.hostname gives for typed addresses', () => {
    expect(classifyHost(new URL('http://[::1]:5173/').hostname)).toBe('loopback')
    expect(classifyHost(new URL('http://192.168.0.5:5173/').hostname)).toBe('private')
    // The URL parser normalizes IPv4 written in other bases.
    expect(classifyHost(new URL('http://0x7f.1/').hostname)).toBe('loopback')
    expect(classifyHost(new URL('http://[::ffff:192.168.1.1]/').hostname)).toBe('private')
  })
})
