import { useTranslation } from '../../i18n/useTranslation'
import type { ExportRefusal } from '../../scenarios/export/safety'

/** Why an export left a command (or the snippet) out: one line per refused value. */
export function Refusals({ refusals }: { refusals: readonly ExportRefusal[] }) {
  const { t } = useTranslation()
  if (refusals.length === 0) return null
  return (
    <div className="ie-warning" role="note" data-testid="export-refusal">
      <p>{t('importExport.export.refusals.title')}</p>
      <ul>
        {refusals.map((r) => (
          <li key={`${r.field}-${r.reason}`}>
            {t(`importExport.export.refusals.reasons.${r.reason}`, {
              field: t(`importExport.export.refusals.fields.${r.field}`),
              codePoint: r.codePoint ?? '',
              index: String(r.index ?? ''),
            })}
          </li>
        ))}
      </ul>
      <p>{t('importExport.export.refusals.fix')}</p>
    </div>
  )
}
