/**
 * Beside the trust policy editor: who can assume the role (the exact subject set) and what the edit
 * changes compared with the policy as it was when editing began — "does this change grant new
 * access?", answered offline (engine `subjectSetDiff`; every listed change is checked on both sets).
 */
import { memo, useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import {
  subjectSet,
  subjectSetDiff,
  type AccessEntry,
  type PatternSet,
  type SubjectChange,
} from '../../engine'
import { serviceAccountOf } from '../../scenarios/audit/audit'
import { useAppStore } from '../../state/store'
import { useSameValue } from '../../state/useSameValue'
import './audit.css'

/** The baseline survives tab switches (the editor tab unmounts this panel). */
let baseline: string | undefined

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const subjects = (patterns: readonly string[]) => patterns.map(serviceAccountOf).join(', ')

function Change({ change }: { change: SubjectChange }) {
  const { t } = useTranslation()
  return (
    <li>
      <code>{subjects(change.subPatterns)}</code> ({change.audPatterns.join(', ')}){' '}
      <span className="muted">{t('audit.changes.example', { sub: change.example.sub })}</span>
    </li>
  )
}

function Entry({ entry }: { entry: AccessEntry }) {
  const { t } = useTranslation()
  const set = (s: PatternSet) =>
    s.match.every((p) => /^\*+$/.test(p)) ? t('audit.anyone') : subjects(s.match)
  return (
    <li>
      {t('audit.changes.whoEntry', {
        subjects: set(entry.sub),
        audiences: set(entry.aud),
        provider: entry.provider === '*' ? t('audit.changes.anyProvider') : entry.provider,
      })}
      {entry.sub.except.length > 0 && (
        <> — {t('audit.changes.except', { subjects: subjects(entry.sub.except) })}</>
      )}
      {entry.requires?.length ? <> ({t('audit.changes.conditional')})</> : null}
    </li>
  )
}

/**
 * The lists are memoized on the subject set and its diff, which stay the same objects while the
 * policy parses to the same document (a space typed): with 50 statements, their 50 entries were
 * rendered again on every keystroke. A language switch re-renders them from their own hooks.
 */
const ChangeList = memo(function ChangeList({ changes }: { changes: readonly SubjectChange[] }) {
  return (
    <ul>
      {changes.map((c, i) => (
        <Change key={i} change={c} />
      ))}
    </ul>
  )
})

const WhoList = memo(function WhoList({ entries }: { entries: readonly AccessEntry[] }) {
  return (
    <ul>
      {entries.map((entry, i) => (
        <Entry key={i} entry={entry} />
      ))}
    </ul>
  )
})

export function TrustPolicyChanges() {
  const { t } = useTranslation()
  // The trust policy as of the latest run (parsed once per run, not per keystroke).
  const current = useAppStore((s) => (s.settledDraft ?? s.draft)?.trustPolicy ?? '')
  const [base, setBase] = useState(() => (baseline ??= current))
  const text = useDeferredValue(current)
  const before = useMemo(() => subjectSet(parse(base)), [base])
  // A text that parses to the same document keeps the subject set (and its diff) as it was.
  const document = useSameValue(useMemo(() => parse(text), [text]))
  const after = useMemo(() => subjectSet(document), [document])
  const diff = useMemo(() => subjectSetDiff(before, after), [before, after])
  const changed = diff.added.length + diff.removed.length > 0
  return (
    <section
      className="trust-changes"
      aria-labelledby="trust-changes-title"
      data-testid="trust-changes"
    >
      <h3 id="trust-changes-title">{t('audit.changes.title')}</h3>
      <p className="muted">{t('audit.changes.intro')}</p>
      <div aria-live="polite">
        {!changed && <p>{t('audit.changes.none')}</p>}
        {diff.added.length > 0 && (
          <div className="trust-changes__added">
            <h4>{t('audit.changes.added', { count: diff.added.length })}</h4>
            <ChangeList changes={diff.added} />
          </div>
        )}
        {diff.removed.length > 0 && (
          <div className="trust-changes__removed">
            <h4>{t('audit.changes.removed', { count: diff.removed.length })}</h4>
            <ChangeList changes={diff.removed} />
          </div>
        )}
      </div>
      <h4>{t('audit.changes.who')}</h4>
      {after.entries.length === 0 ? (
        <p>{t('audit.changes.nobody')}</p>
      ) : (
        <WhoList entries={after.entries} />
      )}
      {changed && (
        <button
          type="button"
          onClick={() => {
            baseline = current
            setBase(current)
          }}
        >
          {t('audit.changes.rebase')}
        </button>
      )}
    </section>
  )
}
