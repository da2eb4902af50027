import { memo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { Detection } from '../../scenarios/import/types'
import { fieldsFilled } from './importSession'

/** One line per piece of the paste: what it is, the facts read from it, the fields it fills. */
export const DetectedList = memo(function DetectedList({
  detections,
}: {
  detections: readonly Detection[]
}) {
  const { t } = useTranslation()
  if (detections.length === 0) return <p className="muted">{t('importExport.import.nothing')}</p>
  return (
    <ul className="ie-detected" aria-label={t('importExport.import.detectedTitle')}>
      {detections.map((d, i) => {
        const known = d.kind !== 'unknown' && d.kind !== 'tooLarge'
        const fields = fieldsFilled([d]).map((f) => t(`importExport.fields.${f}`))
        return (
          <li
            key={i}
            className={known ? 'ie-detected__item' : 'ie-detected__item ie-detected__item--unknown'}
          >
            <span className="ie-detected__icon" aria-hidden="true">
              {known ? '✔' : '?'}
            </span>
            <span className="ie-detected__text">
              <span className="ie-detected__summary">
                {t(`importExport.import.kinds.${d.kind}`, d.facts)}
              </span>
              {fields.length > 0 && (
                <span className="ie-detected__fields">
                  {t('importExport.import.fills', { fields: fields.join(', ') })}
                </span>
              )}
              {d.notes.map((note) => (
                <span key={note} className="ie-detected__note">
                  {t(`importExport.import.notes.${note}`)}
                </span>
              ))}
            </span>
          </li>
        )
      })}
    </ul>
  )
})
