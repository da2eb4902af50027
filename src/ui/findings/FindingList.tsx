import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { selectAllFindings } from '../../state/selectors'
import { useAppStore } from '../../state/store'

const ORDER = { error: 0, warning: 1, info: 2 } as const

/** Findings about the inputs: errors first, then warnings, then notes. */
export function FindingList() {
  const { t } = useTranslation()
  const findings = useAppStore(useShallow(selectAllFindings))
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
            {f.source}
            {f.pointer ? ` ${f.pointer}` : ''}
          </span>
          <span className="finding__message">{f.message}</span>
        </li>
      ))}
    </ul>
  )
}
