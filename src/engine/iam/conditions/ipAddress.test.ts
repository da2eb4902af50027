import { describe, expect, it } from 'vitest'
import { runCondition } from './testing'

describe('IpAddress / NotIpAddress', () => {
  it.each([
    {
      name: 'IPv4 in /24',
      operator: 'IpAddress',
      values: '203.0.113.0/24',
      actual: '203.0.113.7',
      matched: true,
    },
    {
      name: 'IPv4 outside /24',
      operator: 'IpAddress',
      values: '203.0.113.0/24',
      actual: '203.0.114.7',
      matched: false,
    },
    {
      name: 'IPv4 /0 matches all IPv4',
      operator: 'IpAddress',
      values: '0.0.0.0/0',
      actual: '8.8.8.8',
      matched: true,
    },
    {
      name: 'IPv4 /31 boundary',
      operator: 'IpAddress',
      values: '10.0.0.2/31',
      actual: '10.0.0.3',
      matched: true,
    },
    {
      name: 'IPv4 single host',
      operator: 'IpAddress',
      values: '10.1.2.3',
      actual: '10.1.2.3',
      matched: true,
    },
    {
      name: 'IPv6 in /32',
      operator: 'IpAddress',
      values: '2001:db8::/32',
      actual: '2001:db8:1234::1',
      matched: true,
    },
    {
      name: 'IPv6 outside /32',
      operator: 'IpAddress',
      values: '2001:db8::/32',
      actual: '2001:db9::1',
      matched: false,
    },
    {
      name: 'IPv6 full form',
      operator: 'IpAddress',
      values: '2001:0db8:0000:0000:0000:0000:0000:0001/128',
      actual: '2001:db8::1',
      matched: true,
    },
    {
      name: 'IPv6 embedded IPv4',
      operator: 'IpAddress',
      values: '::ffff:10.0.0.0/104',
      actual: '::ffff:10.1.2.3',
      matched: true,
    },
    {
      name: 'families never mix',
      operator: 'IpAddress',
      values: '0.0.0.0/0',
      actual: '2001:db8::1',
      matched: false,
    },
    {
      name: 'NotIpAddress outside',
      operator: 'NotIpAddress',
      values: '10.0.0.0/8',
      actual: '192.168.0.1',
      matched: true,
    },
    {
      name: 'NotIpAddress inside',
      operator: 'NotIpAddress',
      values: '10.0.0.0/8',
      actual: '10.9.9.9',
      matched: false,
    },
    {
      name: 'values ORed',
      operator: 'IpAddress',
      values: ['10.0.0.0/8', '192.168.0.0/16'],
      actual: '192.168.3.4',
      matched: true,
    },
    {
      name: 'request value not an IP',
      operator: 'IpAddress',
      values: '10.0.0.0/8',
      actual: 'localhost',
      matched: false,
    },
  ])('$name', ({ operator, values, actual, matched }) => {
    expect(runCondition(operator, 'aws:SourceIp', values, { 'aws:SourceIp': actual }).matched).toBe(
      matched,
    )
  })

  it.each([
    { name: 'prefix too long', value: '10.0.0.0/33' },
    { name: 'octet too big', value: '256.0.0.1' },
    { name: 'two double colons', value: '2001::db8::1' },
    { name: 'text', value: 'office' },
  ])('reports an invalid range: $name', ({ value }) => {
    expect(
      runCondition('IpAddress', 'aws:SourceIp', value, { 'aws:SourceIp': '10.0.0.1' }).values[0]!
        .error,
    ).toBe('value.not-an-ip-range')
  })
})
