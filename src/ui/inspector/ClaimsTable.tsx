import { useTranslation } from '../../i18n/useTranslation'
import { formatUtc } from '../format/time'
import { claimMessageKey, claimRows } from './claims'

/** Each claim, its value (times as UTC and relative to the scenario's clock) and what it means. */
export function ClaimsTable({ payload, now }: { payload: Record<string, unknown>; now: number }) {
  const { t, i18n } = useTranslation()
  const rows = claimRows(payload, now, i18n.language)
  return (
    <table className="claims">
      <caption>
        {t('inspector.claimsCaption')}{' '}
        <span className="muted">{t('inspector.relativeTo', { now: formatUtc(now) ?? '' })}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('inspector.columns.claim')}</th>
          <th scope="col">
            {t('inspector.columns.value')} · {t('inspector.columns.meaning')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.path} className={`claims__row claims__row--depth${row.depth}`}>
            <th scope="row">
              <code>{row.depth === 1 ? row.path.slice('kubernetes.io.'.length) : row.path}</code>
            </th>
            <td>
              {row.value !== '' && <code className="claims__value">{row.value}</code>}
              {row.time && (
                <span className={`claims__time${row.time.problem ? ' claims__time--problem' : ''}`}>
                  {row.time.utc} ·{' '}
                  <strong>
                    {t(`inspector.time.${row.time.phraseKey}`, { relative: row.time.relative })}
                  </strong>
                </span>
              )}
              <span className="claims__meaning">
                {t(`inspector.claims.${claimMessageKey(row.explain)}`)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
