// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { IrsaTrace } from '../../engine'
import { initI18n, loadPanelMessages } from '../../i18n'
import { Verdict } from './Verdict'

beforeAll(async () => {
  await initI18n()
  await loadPanelMessages()
})
afterEach(cleanup)

/** A hand-built trace: STS refused the audience. */
const denied: IrsaTrace = {
  outcome: 'denied',
  error: { code: 'InvalidIdentityToken', message: 'Incorrect token audience', httpStatus: 400 },
  now: '2026-11-29T12:00:00.000Z',
  findings: [],
  steps: [
    {
      id: 'sts.audience',
      name: 'sts.audience',
      kind: 'sts.audience',
      actor: 'sts',
      status: 'fail',
      title: 'The token’s audience must be one of the provider’s client IDs',
      refs: [],
      data: { audiences: ['my-app'], clientIds: ['sts.amazonaws.com'] },
      assumptions: ['An assumption stated by the engine.'],
    },
  ],
}

describe(Verdict, () => {
  it('announces the heading and one sentence of why, and prints the error as the CLI does', async () => {
    render(<Verdict trace={denied} />)
    const status = screen.getByRole('status')
    expect(status.textContent).toContain('STS refused')
    expect(status.textContent).toContain(
      'The token’s audience my-app is not a client ID of the IAM OIDC provider.',
    )
    // Exactly the AWS CLI's stderr: the message between two newlines.
    expect(screen.getByTestId('sts-error').textContent).toBe(
      '\nAn error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience\n',
    )
    // The help around a failure is a chunk of its own: it follows the verdict.
    expect(await screen.findByText('An assumption stated by the engine.')).toBeTruthy()
  })

  it('lets the browser time the first paint of its heading (Element Timing, read by the bench)', () => {
    render(<Verdict trace={denied} />)
    expect(screen.getByRole('heading', { level: 2 }).getAttribute('elementtiming')).toBe(
      'irsa-verdict',
    )
  })

  it('shows the same error as each SDK logs it, one tab at a time', async () => {
    render(<Verdict trace={denied} />)
    expect((await screen.findByRole('tabpanel')).textContent).toMatch(
      /^failed to refresh cached credentials, .*StatusCode: 400, RequestID: [0-9a-f-]{36}, api error InvalidIdentityToken: Incorrect token audience$/,
    )
    fireEvent.click(screen.getByRole('tab', { name: 'JS SDK v3' }))
    expect(screen.getByRole('tabpanel').textContent).toBe(
      'InvalidIdentityTokenException: Incorrect token audience',
    )
    fireEvent.keyDown(screen.getByRole('tab', { name: 'JS SDK v3' }), { key: 'ArrowRight' })
    expect(screen.getByRole('tab', { name: 'boto3' }).getAttribute('aria-selected')).toBe('true')
  })
})
