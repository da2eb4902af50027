import { useTranslation } from '../../i18n/useTranslation'
import { COMPARISON, type ComparisonCell } from '../../engine'

/** A cell: the domain spelling verbatim (as code), then the translated note. */
function Cell({ cell, side }: { cell: ComparisonCell; side: string }) {
  const { t } = useTranslation()
  const values =
    cell.value === undefined ? [] : Array.isArray(cell.value) ? cell.value : [cell.value]
  return (
    // data-side labels the cell when a phone stacks the table (CSS `attr()`).
    <td data-side={side}>
      {values.length > 0 && (
        <span className="pi__values">
          {values.map((v) => (
            <code key={v}>{v}</code>
          ))}
        </span>
      )}
      {cell.note && <span className="pi__note">{t(`podIdentity.${cell.note}`)}</span>}
    </td>
  )
}

/** The engine's comparison (spec §8): what each mechanism requires and what it protects against. */
export function ComparisonTable() {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="pi-comparison-title" className="pi__comparison">
      <h3 id="pi-comparison-title">{t('podIdentity.comparison.title')}</h3>
      <div className="pi__scroll">
        <table className="pi__table">
          <thead>
            <tr>
              <th scope="col">{t('podIdentity.comparison.aspect')}</th>
              <th scope="col">IRSA</th>
              <th scope="col">EKS Pod Identity</th>
            </tr>
          </thead>
          <tbody>
            {COMPARISON.map((row) => (
              <tr key={row.key} className={row.protects ? 'pi__row--protects' : undefined}>
                <th scope="row">
                  {t(`podIdentity.comparison.rows.${row.key}`)}
                  {row.protects && (
                    <span className="badge pi__protects">
                      {t('podIdentity.comparison.protects')}
                    </span>
                  )}
                </th>
                <Cell cell={row.irsa} side="IRSA" />
                <Cell cell={row.podIdentity} side="EKS Pod Identity" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
