import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { GLOSSARY_IDS } from '../../learning/glossary/terms'
import { useGlossaryStore } from '../../state/glossaryStore'
import './glossary.css'

/** The whole glossary in a modal dialog, filterable, opened at a term when one asked for it. */
export function GlossaryDialog() {
  const { t } = useTranslation()
  const request = useGlossaryStore((s) => s.request)
  const ref = useRef<HTMLDialogElement>(null)
  const [filter, setFilter] = useState('')

  useEffect(() => {
    const dialog = ref.current
    if (!dialog || !request) return
    if (!dialog.open) dialog.showModal()
    if (request.id) {
      const entry = document.getElementById(`glossary-${request.id}`)
      entry?.scrollIntoView({ block: 'nearest' })
      entry?.focus()
    }
  }, [request])

  const needle = filter.trim().toLowerCase()
  const entries = GLOSSARY_IDS.map((id) => ({
    id,
    term: t(`glossary.terms.${id}.term`),
    definition: t(`glossary.terms.${id}.definition`),
  })).filter(
    (e) =>
      needle === '' ||
      e.term.toLowerCase().includes(needle) ||
      e.definition.toLowerCase().includes(needle),
  )

  return (
    <dialog
      ref={ref}
      className="dialog glossary"
      aria-labelledby="glossary-title"
      onClose={() => {
        setFilter('')
        useGlossaryStore.getState().closeGlossary()
      }}
    >
      <h2 id="glossary-title">{t('glossary.title')}</h2>
      <p className="muted">{t('glossary.intro')}</p>
      <label className="glossary__filter">
        {t('glossary.filter')}{' '}
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          // A search field eats the first Escape (it clears itself): Escape closes, as elsewhere.
          onKeyDown={(e) => {
            if (e.key === 'Escape') ref.current?.close()
          }}
        />
      </label>
      {entries.length === 0 ? (
        <p role="status">{t('glossary.noMatch')}</p>
      ) : (
        <dl className="glossary__list">
          {entries.map((e) => (
            <div key={e.id} id={`glossary-${e.id}`} className="glossary__entry" tabIndex={-1}>
              <dt>{e.term}</dt>
              <dd>{e.definition}</dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" onClick={() => ref.current?.close()}>
        {t('glossary.close')}
      </button>
    </dialog>
  )
}
