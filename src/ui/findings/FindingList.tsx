import { useTranslation } from '../../i18n/useTranslation'
import { useShallow } from 'zustand/react/shallow'
import type { Finding } from '../../engine'
import { selectAllFindings } from '../../state/selectors'
import { useAppStore } from '../../state/store'
import { EngineText } from '../text/EngineText'
import { useFindingText } from '../text/useEngineText'

const ORDER = { error: 0, warning: 1, info: 2 } as const

/** Findings about the inputs: errors first, then warnings, then notes. */
export function FindingList() {
  const { t } = useTranslation()
  const findings = useAppStore(useShallow(selectAllFindings))
  const message = useFindingText()
  if (findings.length === 0) return <p className="muted">{t('findings.none')}</p>
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
  return (
    <ul className="findings">
      {sorted.map((f, i) => (
        <li
          key={`${f.code}-${f.source}-${f.pointer ?? ''}-${i}`}
          className={`finding finding--${f.severity}`}
        >
          <span className="finding__severity">{t(`findings.severity.${f.severity}`)}</span>{' '}
          <code className="finding__code">{f.code}</code>{' '}
          <span className="finding__where">
            <Where finding={f} />
          </span>
          <EngineText className="finding__message" value={message(f)} />
        </li>
      ))}
    </ul>
  )
}

/** Which input the finding is about, and where in it (the pointer is code, shown as such). */
function Where({ finding }: { finding: Finding }) {
  const { t } = useTranslation()
  const source = t(`findings.sources.${finding.source}`)
  if (!finding.pointer) return <>{t('findings.whereDocument', { source })}</>
  const [before, after] = t('findings.where', { source, pointer: '\u0000' }).split('\u0000')
  return (
    <>
      {before}
      <code>{finding.pointer}</code>
      {after}
    </>
  )
}
