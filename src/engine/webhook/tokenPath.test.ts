import { describe, expect, it } from 'vitest'
import { cleanPath, isWindowsNodeSelector, joinPath, tokenFilePath } from './tokenPath'

describe('cleanPath (Go path.Clean)', () => {
  it.each([
    { name: 'empty', path: '', expected: '.' },
    { name: 'root', path: '/', expected: '/' },
    { name: 'double slash and dot', path: '/a//./b/', expected: '/a/b' },
    { name: 'dot-dot', path: '/a/b/../c', expected: '/a/c' },
    { name: 'dot-dot above root', path: '/../a', expected: '/a' },
    { name: 'relative dot-dot kept', path: '../a/..', expected: '..' },
  ])('$name', ({ path, expected }) => {
    expect(cleanPath(path)).toBe(expected)
  })
})

describe('tokenFilePath', () => {
  it.each([
    {
      name: 'default',
      mount: '/var/run/secrets/eks.amazonaws.com/serviceaccount',
      windows: false,
      expected: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
    },
    {
      name: 'Windows',
      mount: '/var/run/secrets/eks.amazonaws.com/serviceaccount',
      windows: true,
      expected: 'C:\\var\\run\\secrets\\eks.amazonaws.com\\serviceaccount\\token',
    },
    { name: 'trailing slash cleaned', mount: '/data/', windows: false, expected: '/data/token' },
    { name: 'empty mount path', mount: '', windows: false, expected: 'token' },
  ])('$name', ({ mount, windows, expected }) => {
    expect(tokenFilePath(mount, 'token', windows)).toBe(expected)
  })

  it('joins nothing into nothing', () => {
    expect(joinPath('', '')).toBe('')
  })
})

describe('isWindowsNodeSelector', () => {
  it.each<{ name: string; selector: Record<string, string>; expected: boolean }>([
    { name: 'kubernetes.io/os', selector: { 'kubernetes.io/os': 'windows' }, expected: true },
    { name: 'beta key', selector: { 'beta.kubernetes.io/os': 'windows' }, expected: true },
    { name: 'linux', selector: { 'kubernetes.io/os': 'linux' }, expected: false },
    { name: 'case matters', selector: { 'kubernetes.io/os': 'Windows' }, expected: false },
    { name: 'other key', selector: { os: 'windows' }, expected: false },
  ])('$name', ({ selector, expected }) => {
    expect(isWindowsNodeSelector(selector)).toBe(expected)
  })
})
