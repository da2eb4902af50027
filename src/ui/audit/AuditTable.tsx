/**
 * The roles of an audited account: sortable (column header buttons, aria-sort), filterable (text,
 * severity, OIDC roles only), exportable (CSV, JSON) and each row opens as a scenario.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import {
  reportCsv,
  reportJson,
  type AuditReport,
  type AuditRole,
  type ProviderInput,
} from '../../scenarios/audit'
import { downloadText } from '../importExport/clipboard'
import { openRole } from './openRole'

type SortKey = 'severity' | 'role' | 'serviceAccounts' | 'findings'
/**
 * Rows drawn at first, and more per "Show more": risky roles come first, and a whole account
 * (2,000 rows of lists) would take seconds to lay out. Filters, sorting and the exports always
 * cover every row.
 */
export const AUDIT_PAGE = 200
const SEVERITY_NAME = ['none', 'low', 'medium', 'high'] as const

function compare(key: SortKey, a: AuditRole, b: AuditRole): number {
  switch (key) {
    case 'severity':
      return a.risk - b.risk || a.findings.length - b.findings.length
    case 'role':
      return a.name.localeCompare(b.name)
    case 'serviceAccounts':
      return a.serviceAccounts.join(' ').localeCompare(b.serviceAccounts.join(' '))
    case 'findings':
      return a.findings.length - b.findings.length
  }
}

interface Props {
  report: AuditReport
  providers: ProviderInput[]
  onOpened: () => void
}

export function AuditTable({ report, providers, onOpened }: Props) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [severity, setSeverity] = useState<'all' | 'high' | 'medium' | 'low' | 'none'>('all')
  const [onlyOidc, setOnlyOidc] = useState(true)
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'severity',
    descending: true,
  })
  const [opening, setOpening] = useState<string>()
  const [limit, setLimit] = useState(AUDIT_PAGE)
  const deferredQuery = useDeferredValue(query)
  // A finding's sentence in the reader's language, from its code and data: shown and searched.
  const findingText = useCallback(
    (f: Props['report']['roles'][number]['findings'][number]) =>
      t(`audit.findings.${f.code.replace(/^audit\./, '').replace('.', '-')}`, f.data),
    [t],
  )

  const rows = useMemo(() => {
    const needle = deferredQuery.trim().toLowerCase()
    const filtered = report.roles.filter((role) => {
      if (onlyOidc && role.subjects.entries.length === 0 && role.findings.length === 0) return false
      if (severity !== 'all' && SEVERITY_NAME[role.risk] !== severity) return false
      if (!needle) return true
      return (
        role.name.toLowerCase().includes(needle) ||
        role.arn.toLowerCase().includes(needle) ||
        role.serviceAccounts.some((s) => s.toLowerCase().includes(needle)) ||
        role.findings.some(
          (f) => f.code.includes(needle) || findingText(f).toLowerCase().includes(needle),
        )
      )
    })
    const sign = sort.descending ? -1 : 1
    return filtered.sort((a, b) => sign * compare(sort.key, a, b) || a.name.localeCompare(b.name))
  }, [report, deferredQuery, severity, onlyOidc, sort, findingText])

  const header = (key: SortKey) => {
    const label = t(`audit.columns.${key}`)
    const active = sort.key === key
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className="audit__sort"
          aria-label={t('audit.sortBy', { column: label })}
          onClick={() =>
            setSort((s) => ({
              key,
              descending: s.key === key ? !s.descending : key === 'severity' || key === 'findings',
            }))
          }
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    )
  }

  const open = async (role: AuditRole) => {
    setOpening(role.arn)
    try {
      await openRole(role, providers)
      onOpened()
    } finally {
      setOpening(undefined)
    }
  }

  return (
    <div className="audit__results">
      <div className="audit__controls">
        <label className="audit__filter">
          <span>{t('audit.filter')}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label>
          <span>{t('audit.severityFilter')}</span>
          <select value={severity} onChange={(e) => setSeverity(e.target.value as typeof severity)}>
            <option value="all">{t('audit.allSeverities')}</option>
            {(['high', 'medium', 'low', 'none'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`audit.severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="audit__check">
          <input
            type="checkbox"
            checked={onlyOidc}
            onChange={(e) => setOnlyOidc(e.target.checked)}
          />
          <span>{t('audit.onlyOidc')}</span>
        </label>
        <button
          type="button"
          onClick={() => downloadText('irsa-audit.csv', reportCsv(rows), 'text/csv')}
        >
          {t('audit.exportCsv')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(
              'irsa-audit.json',
              `${JSON.stringify(reportJson({ ...report, roles: rows }), null, 2)}\n`,
              'application/json',
            )
          }
        >
          {t('audit.exportJson')}
        </button>
      </div>
      <p className="muted" role="status">
        {t('audit.shown', { shown: Math.min(limit, rows.length), total: report.roles.length })}
      </p>
      <div className="audit__scroll">
        <table className="audit__table" data-testid="audit-table">
          <caption className="visually-hidden">{t('audit.tableCaption')}</caption>
          <thead>
            <tr>
              {header('severity')}
              {header('role')}
              {header('serviceAccounts')}
              {header('findings')}
              <th scope="col">{t('audit.columns.open')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((role) => (
              <tr key={role.arn} data-risk={SEVERITY_NAME[role.risk]}>
                <td>
                  <span className={`audit__badge audit__badge--${SEVERITY_NAME[role.risk]}`}>
                    {t(`audit.severity.${SEVERITY_NAME[role.risk]}`)}
                  </span>
                </td>
                <th scope="row" className="audit__role">
                  <span>{role.name}</span>
                  <small className="muted">{role.arn}</small>
                </th>
                <td>
                  {role.subjects.entries.length === 0 ? (
                    <span className="muted">{t('audit.noAccess')}</span>
                  ) : (
                    <ul className="audit__list">
                      {role.serviceAccounts.map((sa) => (
                        <li key={sa}>
                          <code>{/^\*+$/.test(sa) ? t('audit.anyone') : sa}</code>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {role.findings.length === 0 ? (
                    <span className="muted">{t('audit.noFindings')}</span>
                  ) : (
                    <ul className="audit__list">
                      {role.findings.map((f, i) => (
                        <li key={i} data-code={f.code}>
                          <span className="visually-hidden">
                            {t(`audit.severity.${f.severity}`)}:{' '}
                          </span>
                          {findingText(f)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={t('audit.openRowFor', { role: role.name })}
                    disabled={opening !== undefined}
                    onClick={() => void open(role)}
                  >
                    {opening === role.arn ? t('audit.opening') : t('audit.openRow')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > limit && (
        <p className="audit__more">
          <button type="button" onClick={() => setLimit((n) => n + AUDIT_PAGE)}>
            {t('audit.showMore', {
              count: Math.min(AUDIT_PAGE, rows.length - limit),
              hidden: rows.length - limit,
            })}
          </button>
        </p>
      )}
    </div>
  )
}
