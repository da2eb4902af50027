// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { initI18n, loadPanelMessages } from '../../i18n'
import type { ScenarioDraft } from '../../scenarios/draft'
import { useAppStore } from '../../state/store'
import { TrustPolicyChanges } from './TrustPolicyChanges'
import type * as AuditModule from '../../scenarios/audit/audit'

/** Every subject pattern the panel wrote out: its lists' items call this once per pattern. */
const written = vi.hoisted(() => [] as string[])
vi.mock('../../scenarios/audit/audit', async (importOriginal) => {
  const actual = await importOriginal<typeof AuditModule>()
  return {
    ...actual,
    serviceAccountOf: (pattern: string) => {
      written.push(pattern)
      return actual.serviceAccountOf(pattern)
    },
  }
})

beforeAll(async () => {
  await initI18n()
  await loadPanelMessages()
})
afterEach(cleanup)

const PROVIDER = 'oidc.eks.ap-northeast-2.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90'
/** A trust policy with one statement per namespace, each for the ServiceAccounts listed. */
const policy = (teams: Record<string, string[]>) =>
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: Object.entries(teams).map(([namespace, accounts]) => ({
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${PROVIDER}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            [`${PROVIDER}:aud`]: 'sts.amazonaws.com',
            [`${PROVIDER}:sub`]: accounts.map((a) => `system:serviceaccount:${namespace}:${a}`),
          },
        },
      })),
    },
    null,
    2,
  )

/** The trust policy of the latest run, as the panel reads it. */
const settle = (trustPolicy: string) =>
  act(() => useAppStore.setState({ settledDraft: { trustPolicy } as ScenarioDraft }))

describe('TrustPolicyChanges', () => {
  it('writes its lists again only when the policy means something else, not for a space typed', async () => {
    // Given the panel beside a policy of three statements
    const teams = { payments: ['api', 'worker'], search: ['indexer'], web: ['frontend'] }
    const text = policy(teams)
    await settle(text)
    render(<TrustPolicyChanges />)
    expect(screen.getByTestId('trust-changes').querySelectorAll('li')).toHaveLength(3)
    expect(written.splice(0).length).toBeGreaterThan(0)
    // When a space is typed after the policy's closing brace
    await settle(`${text} `)
    // Then none of its lists is written again
    expect(written).toEqual([])
    // And when a ServiceAccount is removed, the lists follow
    await settle(policy({ ...teams, payments: ['api'] }))
    expect(written).toContain('system:serviceaccount:payments:api')
    const removed = screen
      .getByTestId('trust-changes')
      .querySelectorAll('.trust-changes__removed li')
    expect(removed).toHaveLength(1)
    expect(removed[0]!.textContent).toContain('system:serviceaccount:payments:worker')
  })
})
