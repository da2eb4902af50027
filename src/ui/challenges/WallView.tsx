import { useId, useMemo, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { TFunction } from 'i18next'
import { LANGUAGES, setLanguage, type Language } from '../../i18n'
import { CHALLENGES, findChallenge } from '../../learning/challenges'
import type { ProofVerdict } from '../../learning/challenges/proof'
import { useChallengeStore } from '../../state/challengeStore'
import { useWallStore, type AddResult } from '../../state/wallStore'
import { SaveStatus } from '../header/PrivacyControls'
import { SetPicker } from './SetPicker'
import { useWallVerdicts } from './useWallVerdicts'
import './challenges.css'
import './wall.css'

type Invalid = Extract<ProofVerdict, { status: 'invalid' }>

/** Why a link is invalid, from the catalogue (the codec's English detail is never shown). */
function problemText(t: TFunction, problem: Invalid['problem']): string {
  switch (problem.kind) {
    case 'not-a-proof':
      return t('facilitator.wall.problem.notAProof')
    case 'too-large':
      return t('facilitator.wall.problem.tooLarge', { length: problem.length })
    case 'too-new':
      return t('facilitator.wall.problem.tooNew', { version: problem.version })
    case 'unknown-challenge':
      return t('facilitator.wall.problem.unknownChallenge')
    case 'bad-name':
      return t('facilitator.wall.problem.badName')
    case 'failed':
      return t('facilitator.wall.problem.failed')
    case 'scenario': {
      const key = {
        corrupt: 'corrupt',
        'too-new': 'scenarioTooNew',
        'too-large': 'scenarioTooLarge',
        invalid: 'invalid',
        'unknown-preset': 'unknownPreset',
        missing: 'missing',
      }[problem.reason]
      return t(`facilitator.wall.problem.${key}`)
    }
  }
}

/** The verdict's "why": the check's failed criteria, or what is wrong with the link. */
function whyText(t: TFunction, verdict: ProofVerdict): string {
  if (verdict.status === 'invalid') return problemText(t, verdict.problem)
  const failed = verdict.criteria.filter((c) => !c.ok)
  if (failed.length === 0) return t('facilitator.wall.allMet')
  return failed.map((c) => t(`challenges.criteria.${c.key}`, c.values)).join(' · ')
}

const STATUS_KEY = {
  solved: 'solved',
  'not-solved': 'notSolved',
  invalid: 'invalid',
  checking: 'checking',
} as const

/**
 * The workshop host's wall (`?view=wall`): a set link made with the picker, the attendees' pasted
 * proof-of-solve links, and a table of who solved what, each row verified here by the engine.
 * The links are saved on this device only and can be cleared.
 */
export function WallView() {
  const { t, i18n } = useTranslation()
  const ids = useId()
  const links = useWallStore((s) => s.links)
  const verdicts = useWallVerdicts(links)
  const initialSet = useChallengeStore((s) => s.set)
  const [paste, setPaste] = useState('')
  const [added, setAdded] = useState<AddResult>()
  const [confirming, setConfirming] = useState(false)
  const [cleared, setCleared] = useState(false)
  const home = useMemo(() => {
    const url = new URL(window.location.href)
    url.search = ''
    url.hash = ''
    return url.toString()
  }, [])

  const statusOf = (v: ProofVerdict | undefined) => (v ? v.status : 'checking')
  const counts = { solved: 0, 'not-solved': 0, invalid: 0, checking: 0 }
  for (const v of verdicts) counts[statusOf(v)]++
  const perChallenge = CHALLENGES.map((c) => ({
    id: c.id,
    count: verdicts.filter((v) => v?.status === 'solved' && v.challengeId === c.id).length,
  })).filter((c) => c.count > 0)

  return (
    <div className="wall">
      <header className="wall__header">
        <h1>{t('facilitator.wall.title')}</h1>
        <a href={home}>{t('facilitator.wall.back')}</a>
        <label>
          {t('app.language.label')}{' '}
          <select value={i18n.language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {Object.entries(LANGUAGES).map(([code, name]) => (
              <option key={code} value={code} lang={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </header>
      <SaveStatus />
      <main className="wall__main">
        <p className="wall__intro">{t('facilitator.wall.intro')}</p>

        <details className="wall__section challenges__share">
          <summary>{t('facilitator.picker.title')}</summary>
          <SetPicker initial={initialSet ?? []} heading="h2" />
        </details>

        <form
          className="wall__section wall__paste"
          onSubmit={(e) => {
            e.preventDefault()
            setAdded(useWallStore.getState().add(paste))
            setCleared(false)
            setPaste('')
          }}
        >
          <label htmlFor={`${ids}-paste`}>{t('facilitator.wall.paste')}</label>
          <textarea
            id={`${ids}-paste`}
            rows={4}
            value={paste}
            spellCheck={false}
            autoCapitalize="off"
            onChange={(e) => setPaste(e.currentTarget.value)}
          />
          <p className="muted">{t('facilitator.wall.stored')}</p>
          <button type="submit" disabled={paste.trim() === ''}>
            {t('facilitator.wall.add')}
          </button>
          <p role="status" className="muted">
            {added
              ? [
                  t('facilitator.wall.added', { ...added }),
                  ...(added.overflow > 0 ? [t('facilitator.wall.overflow', { ...added })] : []),
                ].join(' ')
              : cleared
                ? t('facilitator.wall.cleared')
                : ''}
          </p>
        </form>

        {links.length === 0 ? (
          <p className="wall__empty">{t('facilitator.wall.empty')}</p>
        ) : (
          <>
            {perChallenge.length > 0 && (
              <section className="wall__section" aria-labelledby={`${ids}-per`}>
                <h2 id={`${ids}-per`}>{t('facilitator.wall.byChallenge')}</h2>
                <ul className="wall__per-challenge">
                  {perChallenge.map((c) => (
                    <li key={c.id}>
                      <span>{t(`challenges.items.${c.id}.title`)}</span>{' '}
                      <strong>{t('facilitator.wall.solvedCount', { count: c.count })}</strong>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <div className="wall__table-wrap">
              <table className="wall__table" aria-busy={counts.checking > 0}>
                <caption>
                  {t('facilitator.wall.caption', {
                    solved: counts.solved,
                    notSolved: counts['not-solved'],
                    invalid: counts.invalid,
                    checking: counts.checking,
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('facilitator.wall.columns.who')}</th>
                    <th scope="col">{t('facilitator.wall.columns.challenge')}</th>
                    <th scope="col">{t('facilitator.wall.columns.result')}</th>
                    <th scope="col">{t('facilitator.wall.columns.why')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('facilitator.wall.remove')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {links.map((link, i) => {
                    const verdict = verdicts[i]
                    const status = statusOf(verdict)
                    const who = verdict?.name ?? t('facilitator.wall.anonymous')
                    const challenge =
                      verdict?.challengeId && findChallenge(verdict.challengeId)
                        ? t(`challenges.items.${verdict.challengeId}.title`)
                        : verdict
                          ? t('facilitator.wall.unknownChallenge')
                          : '…'
                    return (
                      <tr key={link} className={`wall__row wall__row--${status}`}>
                        <th scope="row" className={verdict?.name ? '' : 'muted'}>
                          {who}
                        </th>
                        <td>{challenge}</td>
                        <td className="wall__result">
                          <span aria-hidden="true">
                            {status === 'solved'
                              ? '✔ '
                              : status === 'not-solved'
                                ? '✘ '
                                : status === 'invalid'
                                  ? '⚠ '
                                  : '… '}
                          </span>
                          {t(`facilitator.wall.status.${STATUS_KEY[status]}`)}
                        </td>
                        <td className="wall__why">{verdict ? whyText(t, verdict) : ''}</td>
                        <td>
                          <button
                            type="button"
                            aria-label={t('facilitator.wall.removeLabel', { who, challenge })}
                            onClick={() => useWallStore.getState().remove(link)}
                          >
                            {t('facilitator.wall.remove')}
                          </button>
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
            <div className="wall__clear">
              {!confirming ? (
                <button type="button" onClick={() => setConfirming(true)}>
                  {t('facilitator.wall.clear')}
                </button>
              ) : (
                <p role="group" aria-labelledby={`${ids}-confirm`}>
                  <span id={`${ids}-confirm`}>
                    {t('facilitator.wall.clearConfirm', { count: links.length })}
                  </span>{' '}
                  <button
                    type="button"
                    autoFocus
                    onClick={() => {
                      useWallStore.getState().clear()
                      setConfirming(false)
                      setAdded(undefined)
                      setCleared(true)
                    }}
                  >
                    {t('facilitator.wall.clearYes')}
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(false)}>
                    {t('facilitator.wall.clearNo')}
                  </button>
                </p>
              )}
            </div>
          </>
        )}
      </main>
    </div>
  )
}
