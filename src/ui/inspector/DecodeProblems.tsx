import { useTranslation } from '../../i18n/useTranslation'
import type { Finding } from '../../engine'

/** Catalogue keys for the decode problems worth a sentence; the rest show their code. */
const KNOWN = new Set([
  'empty',
  'segment-count',
  'jwe',
  'too-long',
  'segment-empty',
  'segment-base64',
  'segment-padding',
  'segment-not-utf8',
  'segment-not-json',
  'segment-not-object',
  'signature-missing',
])

/** 'jwt.segment.base64' → 'segment-base64' (i18next reads dots as nesting). */
const messageKey = (code: string) => {
  const key = code.replace(/^jwt\./, '').replace(/\./g, '-')
  return KNOWN.has(key) ? key : 'other'
}

/** What is wrong with the token's encoding, said plainly; the rest of the inspector still shows. */
export function DecodeProblems({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation()
  const problems = findings.filter((f) => f.severity !== 'info')
  if (problems.length === 0) return null
  return (
    <div className="decode-problems" data-testid="decode-problems">
      <h3 className="inspector__subtitle">{t('inspector.problemsTitle')}</h3>
      <ul>
        {problems.map((f, i) => (
          <li
            key={`${f.code}-${f.pointer ?? ''}-${i}`}
            className={`decode-problems__${f.severity}`}
          >
            {t(`inspector.decode.${messageKey(f.code)}`)} <code className="muted">{f.code}</code>
            {f.pointer ? (
              <span className="muted"> {t('inspector.where', { pointer: f.pointer })}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="muted">{t('inspector.problemsIntro')}</p>
    </div>
  )
}
