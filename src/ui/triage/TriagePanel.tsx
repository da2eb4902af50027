/**
 * "Start from an error" (issue #16): the user picks (or pastes) the error they have, answers one
 * question at a time, and lands on the gallery scenario that reproduces it, with its cause, what
 * the error already proves and the command that fixes it. The tree is data
 * (src/scenarios/triage/tree.ts); every sentence is a catalogue key.
 *
 * One question per screen, as a native radio group in a fieldset (arrow keys move, the legend is
 * its name); focus goes to each new screen's heading, and a live region says where the user is.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { findPreset } from '../../scenarios/presets'
import { PROOF_RULES } from '../../scenarios/triage/proven'
import {
  startFor,
  TRIAGE,
  type TriageNode,
  type TriageQuestion,
  type TriageStart,
} from '../../scenarios/triage/tree'
import { CodeBlock } from '../importExport/CodeBlock'
import { loadPreset } from '../scenarios/loadPreset'
import './triage.css'

interface Answered {
  question: TriageQuestion
  answer: string
}

/** The node reached from a start by the answers given so far. */
function nodeAt(start: TriageStart, answers: readonly Answered[]): TriageNode {
  let node = start.next
  for (const a of answers) {
    if (node.kind !== 'question') break
    node = node.answers.find((x) => x.id === a.answer)?.next ?? node
  }
  return node
}

export function TriagePanel({ onOpened }: { onOpened: () => void }) {
  const { t } = useTranslation()
  const [pasted, setPasted] = useState('')
  const [choice, setChoice] = useState<string>()
  const [start, setStart] = useState<TriageStart>()
  const [answers, setAnswers] = useState<Answered[]>([])
  const [pending, setPending] = useState<string>()
  const [loaded, setLoaded] = useState<string>()
  const heading = useRef<HTMLHeadingElement>(null)
  const name = useId()

  const recognised = useMemo(() => (pasted.trim() ? startFor(pasted) : undefined), [pasted])
  const node = start ? nodeAt(start, answers) : undefined
  const screen = !start ? 0 : answers.length + 1

  // Each new screen: focus its heading, so a screen reader reads the new question.
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    heading.current?.focus()
  }, [screen])

  const begin = () => {
    const picked = TRIAGE.find((s) => s.id === choice)
    if (!picked) return
    setStart(picked)
    setAnswers([])
    setPending(undefined)
    setLoaded(undefined)
  }
  const answer = () => {
    if (node?.kind !== 'question' || !pending) return
    setAnswers([...answers, { question: node, answer: pending }])
    setPending(undefined)
  }
  const back = () => {
    if (answers.length === 0) {
      setStart(undefined)
      return
    }
    const last = answers[answers.length - 1]!
    setAnswers(answers.slice(0, -1))
    setPending(last.answer)
  }
  const restart = () => {
    setStart(undefined)
    setAnswers([])
    setPending(undefined)
    setLoaded(undefined)
  }

  const status = !start
    ? ''
    : node?.kind === 'question'
      ? t('triage.step', { n: answers.length + 1 })
      : t('triage.fixTitle')

  return (
    <div className="triage">
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
      {!start && (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            begin()
          }}
        >
          <p>{t('triage.intro')}</p>
          <label className="ie-label" htmlFor={`${name}-paste`}>
            {t('triage.pasteLabel')}
          </label>
          <textarea
            id={`${name}-paste`}
            className="ie-paste triage__paste"
            rows={3}
            value={pasted}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            onChange={(e) => {
              setPasted(e.target.value)
              const found = e.target.value.trim() ? startFor(e.target.value) : undefined
              if (found) setChoice(found.id)
            }}
          />
          <p role="status" className="triage__recognised">
            {pasted.trim() !== '' &&
              (recognised
                ? t('triage.recognised', {
                    symptom: t(`triage.symptoms.${recognised.id}.label`),
                  })
                : t('triage.notRecognised'))}
          </p>
          <fieldset className="triage__choices">
            <legend>
              <h3 ref={heading} tabIndex={-1}>
                {t('triage.symptomLegend')}
              </h3>
            </legend>
            {TRIAGE.map((s) => (
              <label key={s.id} className="triage__choice">
                <input
                  type="radio"
                  name={`${name}-symptom`}
                  value={s.id}
                  checked={choice === s.id}
                  onChange={() => setChoice(s.id)}
                />
                <span>
                  <span className="triage__choice-label">{t(`triage.symptoms.${s.id}.label`)}</span>
                  {s.id === 'no-credentials' && (
                    <span className="triage__hint">{t('triage.symptoms.no-credentials.hint')}</span>
                  )}
                </span>
              </label>
            ))}
          </fieldset>
          <div className="ie-actions">
            <button type="submit" className="ie-primary" disabled={!choice}>
              {t('triage.next')}
            </button>
          </div>
        </form>
      )}
      {start && (
        <>
          <p className="triage__error">
            <code>{t(`triage.symptoms.${start.id}.label`)}</code>
          </p>
          {answers.length > 0 && (
            <section aria-labelledby={`${name}-so-far`} className="triage__so-far">
              <h3 id={`${name}-so-far`}>{t('triage.answersTitle')}</h3>
              <ol>
                {answers.map((a) => (
                  <li key={a.question.id}>
                    {t(`triage.questions.${a.question.id}.text`)}{' '}
                    <strong>{t(`triage.questions.${a.question.id}.answers.${a.answer}`)}</strong>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </>
      )}
      {start && node?.kind === 'question' && (
        <form
          key={node.id}
          onSubmit={(e) => {
            e.preventDefault()
            answer()
          }}
        >
          <fieldset className="triage__choices">
            <legend>
              <span className="triage__step">{t('triage.step', { n: answers.length + 1 })}</span>
              <h3 ref={heading} tabIndex={-1}>
                {t(`triage.questions.${node.id}.text`)}
              </h3>
            </legend>
            {node.command && (
              <div className="triage__command">
                <p>{t('triage.findOut')}</p>
                <CodeBlock text={node.command} label={t('triage.findOut')} />
              </div>
            )}
            {node.answers.map((a) => (
              <label key={a.id} className="triage__choice">
                <input
                  type="radio"
                  name={`${name}-${node.id}`}
                  value={a.id}
                  checked={pending === a.id}
                  onChange={() => setPending(a.id)}
                />
                <span className="triage__choice-label">
                  {t(`triage.questions.${node.id}.answers.${a.id}`)}
                </span>
              </label>
            ))}
          </fieldset>
          <div className="ie-actions">
            <button type="button" onClick={back}>
              {t('triage.back')}
            </button>
            <button type="submit" className="ie-primary" disabled={!pending}>
              {t('triage.next')}
            </button>
          </div>
        </form>
      )}
      {start && node?.kind === 'leaf' && (
        <section className="triage__leaf" data-testid="triage-leaf">
          <p className="triage__step">{t('triage.causeTitle')}</p>
          <h3 ref={heading} tabIndex={-1}>
            {t(`triage.causes.${node.cause}.title`)}
          </h3>
          <p>{t(`triage.causes.${node.cause}.why`)}</p>
          {start.proof && <Proves ruleId={start.proof} />}
          <h4>{t('triage.fixTitle')}</h4>
          <CodeBlock text={node.command} label={t('triage.fixTitle')} />
          <div className="ie-actions">
            <button type="button" onClick={back}>
              {t('triage.back')}
            </button>
            <button type="button" onClick={restart}>
              {t('triage.restart')}
            </button>
            <button
              type="button"
              className="ie-primary"
              onClick={() =>
                void loadPreset(node.presetId).then(() => {
                  setLoaded(node.presetId)
                  onOpened()
                })
              }
            >
              {t('triage.openScenario')}
            </button>
          </div>
          <p role="status">
            {loaded &&
              findPreset(loaded) &&
              t('triage.opened', { title: t(`scenarios.gallery.presets.${loaded}.title`) })}
          </p>
        </section>
      )}
    </div>
  )
}

/** What the starting error already proves (its rule's reason) and the AWS pages that say so. */
function Proves({ ruleId }: { ruleId: string }) {
  const { t } = useTranslation()
  const rule = PROOF_RULES.find((r) => r.id === ruleId)
  if (!rule) return null
  return (
    <div className="triage__proves" data-testid="triage-proves">
      <h4>{t('triage.provesTitle')}</h4>
      <p>
        <span aria-hidden="true">✔ </span>
        {t(`proven.reasons.${rule.id}`)}
        {rule.ordered && <> {t('proven.ordered')}</>}
      </p>
      <p className="triage__sources">
        {t('proven.sources')}{' '}
        {rule.sources.map((url, i) => (
          <span key={url}>
            {i > 0 && ' · '}
            <a href={url} target="_blank" rel="noreferrer noopener">
              {new URL(url).hostname}
            </a>
          </span>
        ))}
      </p>
    </div>
  )
}
