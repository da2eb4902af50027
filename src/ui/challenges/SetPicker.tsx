import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { CHALLENGES } from '../../learning/challenges'
import { setLink } from '../../learning/challenges/setLink'
import { CopyLink } from './CopyLink'
import './facilitator.css'

type Move = { id: string; button: 'up' | 'down' | 'remove' }

/**
 * The host's picker: checkboxes choose the challenges (in the catalogue's order), the ordered
 * list beneath puts them in the link's order with Up / Down / Remove buttons (each named after
 * its challenge), and every change is said in a polite live region. Focus stays on the button
 * that was pressed, wherever its row moved to.
 */
export function SetPicker({
  initial,
  heading: Heading = 'h4',
}: {
  initial: readonly string[]
  /** The order list's heading level where the picker sits (the wall's is a page section). */
  heading?: 'h2' | 'h4'
}) {
  const { t } = useTranslation()
  const ids = useId()
  const [chosen, setChosen] = useState<string[]>(() => [...initial])
  const [said, setSaid] = useState('')
  const [moved, setMoved] = useState<Move>()
  const list = useRef<HTMLOListElement>(null)
  const title = (id: string) => t(`challenges.items.${id}.title`)

  useEffect(() => {
    if (!moved) return
    const row = list.current?.querySelector<HTMLElement>(`[data-id="${moved.id}"]`)
    row?.querySelector<HTMLButtonElement>(`[data-move="${moved.button}"]`)?.focus()
  }, [moved, chosen])

  const move = (id: string, by: -1 | 1) => {
    const from = chosen.indexOf(id)
    const to = from + by
    if (from < 0 || to < 0 || to >= chosen.length) return
    const next = [...chosen]
    next.splice(from, 1)
    next.splice(to, 0, id)
    setChosen(next)
    setMoved({ id, button: by < 0 ? 'up' : 'down' })
    setSaid(
      t('facilitator.picker.moved', { title: title(id), position: to + 1, total: next.length }),
    )
  }
  const toggle = (id: string, on: boolean) => {
    setChosen((c) => (on ? (c.includes(id) ? c : [...c, id]) : c.filter((x) => x !== id)))
    setMoved(undefined)
    setSaid(on ? '' : t('facilitator.picker.removed', { title: title(id) }))
  }

  return (
    <div className="set-picker">
      <p className="muted">{t('facilitator.picker.intro')}</p>
      <div className="set-picker__columns">
        <fieldset className="set-picker__choose">
          <legend>{t('facilitator.picker.choose')}</legend>
          {CHALLENGES.map((c) => (
            <label key={c.id} className="set-picker__option">
              <input
                type="checkbox"
                checked={chosen.includes(c.id)}
                onChange={(e) => toggle(c.id, e.currentTarget.checked)}
              />{' '}
              <span className={`challenges__level challenges__level--${c.level}`}>
                {t(`challenges.level.${c.level}`)}
              </span>{' '}
              {title(c.id)}
            </label>
          ))}
        </fieldset>
        <div className="set-picker__order">
          <Heading id={`${ids}-order`} className="set-picker__heading">
            {t('facilitator.picker.order')}
          </Heading>
          {chosen.length === 0 ? (
            <p className="muted">{t('facilitator.picker.empty')}</p>
          ) : (
            <ol ref={list} aria-labelledby={`${ids}-order`}>
              {chosen.map((id, i) => (
                <li key={id} data-id={id}>
                  <div className="set-picker__row">
                    <span className="set-picker__title">{title(id)}</span>
                    <span className="set-picker__buttons">
                      <button
                        type="button"
                        data-move="up"
                        aria-label={t('facilitator.picker.moveUp', { title: title(id) })}
                        aria-disabled={i === 0}
                        onClick={() => move(id, -1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        data-move="down"
                        aria-label={t('facilitator.picker.moveDown', { title: title(id) })}
                        aria-disabled={i === chosen.length - 1}
                        onClick={() => move(id, 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        data-move="remove"
                        aria-label={t('facilitator.picker.remove', { title: title(id) })}
                        onClick={() => toggle(id, false)}
                      >
                        ×
                      </button>
                    </span>
                  </div>
                </li>
              ))}
            </ol>
          )}
          <p role="status" className="visually-hidden">
            {said}
          </p>
        </div>
      </div>
      {chosen.length > 0 && (
        <CopyLink
          url={setLink(window.location.href, chosen)}
          label={t('facilitator.picker.link')}
          copyLabel={t('facilitator.picker.copy')}
          testId="set-link"
        />
      )}
    </div>
  )
}
