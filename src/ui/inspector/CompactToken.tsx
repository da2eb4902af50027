import { useTranslation } from '../../i18n/useTranslation'
import { tokenSegments } from './token'

const PARTS = ['header', 'payload', 'signature'] as const

/**
 * The compact token, each segment in its own colour AND underline style (solid, dashed, dotted),
 * with a legend in words, so the segments are told apart without relying on colour.
 */
export function CompactToken({ compact }: { compact: string }) {
  const { t } = useTranslation()
  const segments = tokenSegments(compact)
  const extra = segments.extra.length > 0 ? `.${segments.extra.join('.')}` : ''
  return (
    <figure className="compact-token">
      <p className="compact-token__text code" tabIndex={0} aria-label={t('inspector.compactLabel')}>
        {PARTS.map((part, i) => (
          <span key={part}>
            {i > 0 && <span className="compact-token__dot">.</span>}
            <span className={`segment segment--${part}`}>{segments[part]}</span>
          </span>
        ))}
        {extra}
      </p>
      <figcaption className="compact-token__legend">
        <span className="muted">{t('inspector.legend')}:</span>
        {PARTS.map((part) => (
          <span key={part} className={`legend legend--${part}`}>
            <span className={`segment segment--${part}`}>{t(`inspector.segments.${part}`)}</span>
          </span>
        ))}
      </figcaption>
    </figure>
  )
}
