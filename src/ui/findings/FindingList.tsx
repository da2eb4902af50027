import type { Finding } from '../../engine'

/** Findings about the inputs: errors first, then warnings, then notes. */
export function FindingList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <p className="muted">Nothing to report about the inputs.</p>
  const order = { error: 0, warning: 1, info: 2 }
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity])
  return (
    <ul className="findings">
      {sorted.map((f, i) => (
        <li
          key={`${f.code}-${f.source}-${f.pointer ?? ''}-${i}`}
          className={`finding finding--${f.severity}`}
        >
          <span className="finding__severity">{f.severity}</span>{' '}
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
