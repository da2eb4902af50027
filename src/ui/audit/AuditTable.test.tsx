// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initI18n, loadPanelMessages } from '../../i18n'
import { auditAccount, mergeAccountInputs, readAccountInput } from '../../scenarios/audit'
import { sampleAccountDetails, sampleProviders } from '../../scenarios/audit/sample'
import { AUDIT_PAGE, AuditTable } from './AuditTable'

beforeAll(async () => {
  await initI18n()
  await loadPanelMessages()
})
afterEach(cleanup)

const ROLES = 2 * AUDIT_PAGE + 50

function report() {
  const merged = mergeAccountInputs([
    readAccountInput(JSON.stringify(sampleAccountDetails(ROLES)), 'paste'),
    readAccountInput(JSON.stringify(sampleProviders()), 'paste'),
  ])
  return { merged, report: auditAccount(merged) }
}

describe('AuditTable on a whole account', () => {
  it('draws the riskiest rows first and more on request; filters and counts cover every row', () => {
    const { merged, report: audit } = report()
    render(<AuditTable report={audit} providers={merged.providers} onOpened={() => undefined} />)
    const rows = () => screen.getByTestId('audit-table').querySelectorAll('tbody tr')
    expect(rows()).toHaveLength(AUDIT_PAGE)
    expect(rows()[0]!.getAttribute('data-risk')).toBe('high')
    const matching = audit.roles.filter(
      (r) => r.subjects.entries.length > 0 || r.findings.length > 0,
    ).length
    expect(matching).toBeGreaterThan(2 * AUDIT_PAGE)
    fireEvent.click(screen.getByRole('button', { name: /Show 200 more/ }))
    expect(rows()).toHaveLength(2 * AUDIT_PAGE)
    fireEvent.click(screen.getByRole('button', { name: /more/ }))
    expect(rows()).toHaveLength(matching)
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull()
  })
})
