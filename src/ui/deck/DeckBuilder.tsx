import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { PRESETS } from '../../scenarios/presets'
import {
  deckFragment,
  entryFragment,
  MAX_DECK_ENTRIES,
  MAX_DECK_MINUTES,
  MAX_NOTES_LENGTH,
  MAX_TITLE_LENGTH,
  type Deck,
} from '../../scenarios/share/deck'
import { createShareLink } from '../../scenarios/share/link'
import { useAppStore } from '../../state/store'
import { entryTitle } from './titles'
import './deck.css'

interface DraftEntry {
  id: number
  /** The scenario's share fragment; undefined while the current scenario's is being made. */
  fragment?: string
  title: string
  notes: string
  predict: boolean
}

let nextId = 1

/** The stage's address for a deck: this page in presentation mode, the deck in the fragment. */
function deckUrl(deck: Deck): string {
  const url = new URL(window.location.href)
  url.search = '?view=present'
  url.hash = deckFragment(deck, 0)
  return url.toString()
}

/** The current scenario as a deck entry (a real token redacted: the deck is for a screen). */
function useCurrentFragment(): string | undefined {
  const draft = useAppStore((s) => s.draft)
  const [made, setMade] = useState<{ draft: unknown; fragment: string }>()
  useEffect(() => {
    if (!draft) return
    let current = true
    const { presetId, signingKey } = useAppStore.getState()
    void createShareLink({ draft, presetId, ...(signingKey ? { signingKey } : {}) }, 'redact').then(
      (link) => {
        if (current) setMade({ draft, fragment: entryFragment(link.fragment) })
      },
    )
    return () => {
      current = false
    }
  }, [draft])
  return made && made.draft === draft ? made.fragment : undefined
}

/**
 * Builds a talk deck from the current scenario and gallery ones: order, a title per card,
 * speaker notes, "predict" pauses, the target length; then the one link that opens it.
 */
export function DeckBuilder({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const current = useCurrentFragment()
  const [entries, setEntries] = useState<DraftEntry[]>(() => [
    { id: 0, title: '', notes: '', predict: false },
  ])
  const [title, setTitle] = useState('')
  const [minutes, setMinutes] = useState('')
  const [adding, setAdding] = useState(PRESETS[0]?.id ?? '')
  const [copied, setCopied] = useState<'ok' | 'failed'>()
  const exists = (k: string) => i18n.exists(k)
  const presetId = useAppStore((s) => s.presetId)
  const currentTitle = entryTitle({ fragment: `p=${presetId}` }, t, exists)

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  const resolved = entries.map((e) => (e.id === 0 ? { ...e, fragment: current } : e))
  const ready = resolved.every((e) => e.fragment !== undefined)
  const url = useMemo(() => {
    if (!ready) return undefined
    const n = Number(minutes)
    const deck: Deck = {
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(Number.isInteger(n) && n >= 1 && n <= MAX_DECK_MINUTES ? { minutes: n } : {}),
      entries: resolved.map((e) => ({
        fragment: e.fragment!,
        ...(e.title.trim() ? { title: e.title.trim() } : {}),
        ...(e.notes ? { notes: e.notes } : {}),
        ...(e.predict ? { predict: true } : {}),
      })),
    }
    return deckUrl(deck)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `resolved` is derived from these
  }, [ready, entries, current, title, minutes])

  const update = (id: number, change: Partial<DraftEntry>) =>
    setEntries((list) => list.map((e) => (e.id === id ? { ...e, ...change } : e)))
  const move = (index: number, delta: -1 | 1) =>
    setEntries((list) => {
      const next = [...list]
      const [item] = next.splice(index, 1)
      next.splice(index + delta, 0, item!)
      return next
    })

  return (
    <dialog
      ref={ref}
      className="dialog deck-builder"
      aria-labelledby="deck-builder-title"
      onClose={onClose}
    >
      <h2 id="deck-builder-title">{t('deck.builder.title')}</h2>
      <p className="muted">{t('deck.builder.intro')}</p>
      <div className="deck-builder__row">
        <label>
          {t('deck.builder.deckTitle')}
          <input
            value={title}
            maxLength={MAX_TITLE_LENGTH}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label>
          {t('deck.builder.minutes')}
          <input
            type="number"
            min={1}
            max={MAX_DECK_MINUTES}
            inputMode="numeric"
            value={minutes}
            data-testid="deck-minutes"
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
      </div>
      <h3>{t('deck.builder.scenarios')}</h3>
      <ol className="deck-builder__list" data-testid="deck-builder-list">
        {entries.map((entry, i) => {
          const fragment = entry.id === 0 ? current : entry.fragment
          const name =
            entry.id === 0
              ? t('deck.builder.current', { title: currentTitle })
              : entryTitle({ fragment: fragment ?? '' }, t, exists)
          return (
            <li key={entry.id} className="deck-builder__entry" data-testid="deck-builder-entry">
              <div className="deck-builder__head">
                <strong>{name}</strong>
                {fragment === undefined && (
                  <span role="status" className="muted">
                    {' '}
                    {t('deck.builder.preparing')}
                  </span>
                )}
                <span className="deck-builder__moves">
                  <button
                    type="button"
                    onClick={() => move(i, -1)}
                    disabled={i === 0}
                    aria-label={`${t('deck.builder.up')}: ${name}`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    onClick={() => move(i, 1)}
                    disabled={i === entries.length - 1}
                    aria-label={`${t('deck.builder.down')}: ${name}`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    onClick={() => setEntries((list) => list.filter((e) => e.id !== entry.id))}
                    disabled={entries.length === 1}
                    aria-label={`${t('deck.builder.remove')}: ${name}`}
                  >
                    ✕
                  </button>
                </span>
              </div>
              <label>
                {t('deck.builder.entryTitle')}
                <input
                  value={entry.title}
                  maxLength={MAX_TITLE_LENGTH}
                  onChange={(e) => update(entry.id, { title: e.target.value })}
                />
              </label>
              <label>
                {t('deck.builder.notes')}
                <textarea
                  rows={2}
                  value={entry.notes}
                  maxLength={MAX_NOTES_LENGTH}
                  onChange={(e) => update(entry.id, { notes: e.target.value })}
                />
              </label>
              <label className="deck-builder__check">
                <input
                  type="checkbox"
                  checked={entry.predict}
                  onChange={(e) => update(entry.id, { predict: e.target.checked })}
                />{' '}
                {t('deck.builder.predict')}
              </label>
            </li>
          )
        })}
      </ol>
      <div className="deck-builder__row">
        <label>
          {t('deck.builder.add')}
          <select value={adding} onChange={(e) => setAdding(e.target.value)}>
            {PRESETS.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {t(`scenarios.gallery.presets.${preset.id}.title`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={entries.length >= MAX_DECK_ENTRIES}
          onClick={() =>
            setEntries((list) => [
              ...list,
              { id: nextId++, fragment: `p=${adding}`, title: '', notes: '', predict: false },
            ])
          }
        >
          {t('deck.builder.addButton')}
        </button>
      </div>
      {url && (
        <label className="deck-builder__url">
          {t('deck.builder.link')}{' '}
          <span className="muted">({t('deck.builder.length', { count: url.length })})</span>
          <textarea
            readOnly
            rows={3}
            value={url}
            data-testid="deck-link"
            onFocus={(e) => e.target.select()}
          />
        </label>
      )}
      <div className="deck-builder__row">
        <button
          type="button"
          disabled={!url}
          onClick={() => {
            if (!url) return
            void navigator.clipboard
              ?.writeText(url)
              .then(() => setCopied('ok'))
              .catch(() => setCopied('failed'))
          }}
        >
          {t('deck.builder.copy')}
        </button>
        {url && (
          <a href={url} target="_blank" rel="noopener" data-testid="deck-open">
            {t('deck.builder.openDeck')}
          </a>
        )}
        {copied && (
          <span role="status">
            {copied === 'ok' ? t('deck.builder.copied') : t('deck.builder.copyFailed')}
          </span>
        )}
        <button type="button" onClick={() => ref.current?.close()}>
          {t('deck.builder.close')}
        </button>
      </div>
    </dialog>
  )
}
