import { memo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { MissingPiece } from '../../scenarios/import/missing'
import { CopyButton } from './CodeBlock'

/** What a verdict about the real cluster still needs, each with the commands that print it. */
export const MissingList = memo(function MissingList({
  pieces,
}: {
  pieces: readonly MissingPiece[]
}) {
  const { t } = useTranslation()
  return (
    <section className="ie-missing" aria-labelledby="ie-missing-title">
      <h3 id="ie-missing-title">{t('importExport.import.missingTitle')}</h3>
      {pieces.length === 0 ? (
        <p role="status">{t('importExport.import.missingNone')}</p>
      ) : (
        <>
          <p className="muted">{t('importExport.import.missingIntro')}</p>
          <ul className="ie-missing__list">
            {pieces.map((piece) => (
              <li key={piece.id} data-missing={piece.id}>
                <span className="ie-missing__what">
                  {t(`importExport.import.missing.${piece.id}`)}
                  {piece.optional && (
                    <span className="ie-missing__optional">
                      {' '}
                      ({t('importExport.import.optional')})
                    </span>
                  )}
                </span>
                {piece.commands.map((command) => (
                  <div key={command} className="ie-command">
                    <code>{command}</code>
                    <CopyButton text={command} what={command} />
                  </div>
                ))}
                {piece.placeholders && (
                  <span className="ie-missing__hint">{t('importExport.import.placeholders')}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
})
