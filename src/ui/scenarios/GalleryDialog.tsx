import { forwardRef } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { PRESETS } from '../../scenarios/presets'
import { loadPreset } from './loadPreset'

/** Every gallery scenario with its outcome and one sentence of why; each has a stable link. */
export const GalleryDialog = forwardRef<HTMLDialogElement, { onClose: () => void }>(
  function GalleryDialog({ onClose }, ref) {
    const { t } = useTranslation()
    return (
      <dialog ref={ref} className="dialog gallery" aria-labelledby="gallery-title">
        <h2 id="gallery-title">{t('scenarios.gallery.title')}</h2>
        <p className="muted">{t('scenarios.gallery.intro')}</p>
        <ul className="gallery__list">
          {PRESETS.map((preset) => (
            <li
              key={preset.id}
              className={`gallery__item gallery__item--${preset.expected.outcome}`}
            >
              <div>
                <strong>{t(`scenarios.gallery.presets.${preset.id}.title`)}</strong>{' '}
                <span className={`badge badge--${preset.expected.outcome}`}>
                  {t(`scenarios.gallery.outcome.${preset.expected.outcome}`)}
                  {preset.expected.error ? ` · ${preset.expected.error}` : ''}
                </span>
                {preset.attacker && (
                  <span className="badge badge--attacker">{t('scenarios.gallery.attacker')}</span>
                )}
                <p className="gallery__why">{t(`scenarios.gallery.presets.${preset.id}.why`)}</p>
              </div>
              <div className="gallery__actions">
                <button
                  type="button"
                  onClick={() => {
                    void loadPreset(preset.id)
                    onClose()
                  }}
                >
                  {t('scenarios.gallery.open')}
                </button>
                <a href={`#p=${preset.id}`} className="gallery__link" onClick={onClose}>
                  #p={preset.id}
                </a>
              </div>
            </li>
          ))}
        </ul>
        <button type="button" onClick={onClose}>
          {t('scenarios.gallery.close')}
        </button>
      </dialog>
    )
  },
)
