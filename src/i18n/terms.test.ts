import { describe, expect, it } from 'vitest'
import { ko } from './locales/ko'
import { findDrift, TERMS } from './terms'

/** Every message of a catalogue with its key path. */
function messages(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]]
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    messages(v, prefix ? `${prefix}.${k}` : k),
  )
}

/** Messages that are commands to type, not prose (the words in them are the CLI's). */
const COMMANDS = [/\.command$/]

describe('one Korean vocabulary', () => {
  it('finds an English term used as prose, and not the identifiers around it', () => {
    expect(findDrift('ServiceAccount에 Role annotation 달기').map((d) => d.term.ko)).toEqual([
      '역할',
      '어노테이션',
      '서비스 어카운트',
    ])
    expect(findDrift('Pod Identity webhook이 Pod를 변경').map((d) => d.found)).toEqual([
      'Pod',
      'webhook',
    ])
    for (const identifier of [
      'eks.amazonaws.com/role-arn 어노테이션',
      'AWS_ROLE_ARN',
      'AssumeRoleWithWebIdentity',
      'system:serviceaccount:<namespace>:<serviceaccount>',
      'pods.eks.amazonaws.com',
      'EKS Pod Identity',
      '{{role}}',
      'metadata.annotations',
      'associate-iam-oidc-provider',
    ])
      expect(findDrift(identifier), identifier).toEqual([])
  })

  it('every Korean message uses the vocabulary’s word for each term', () => {
    const drifting = messages(ko)
      .filter(([key]) => !COMMANDS.some((c) => c.test(key)))
      .flatMap(([key, text]) =>
        findDrift(text).map((d) => `${key}: “${d.found}” → ${d.term.ko}  (${text.slice(0, 60)})`),
      )
    expect(drifting).toEqual([])
  })

  it('lists each English term once, with a Korean word', () => {
    const en = TERMS.map((t) => t.en.toLowerCase())
    expect(new Set(en).size).toBe(en.length)
    for (const term of TERMS) expect(term.ko).toMatch(/[가-힣]/)
  })
})
