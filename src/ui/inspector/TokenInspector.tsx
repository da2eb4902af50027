import { useTranslation } from '../../i18n/useTranslation'
import { decodeToken } from '../../engine/jwt'
import { useAppStore } from '../../state/store'
import { isoToSeconds } from '../format/time'
import { GenerateForm } from '../generate/GenerateForm'
import { ResignButton } from '../generate/ResignButton'
import { ClaimsTable } from './ClaimsTable'
import { CompactToken } from './CompactToken'
import { DecodedSegments } from './DecodedSegments'
import { DecodeProblems } from './DecodeProblems'
import { PasteToken } from './PasteToken'
import { MissingKeyNote, TokenHints } from './TokenHints'
import { missingKey, signatureFailed } from './token'
import './inspector.css'

/**
 * The jwt.io-style token inspector beside the verdict: the token colour-coded, decoded, each claim
 * explained, what is wrong with it, and the ways to get, generate, paste, edit or re-sign one.
 * It reads the trace only to know which checks failed; it computes nothing of the simulation.
 */
export function TokenInspector() {
  const { t } = useTranslation()
  const token = useAppStore((s) => s.draft?.token)
  const now = useAppStore((s) => s.draft?.now)
  const issuer = useAppStore((s) => s.draft?.issuer)
  const serviceAccount = useAppStore((s) => s.draft?.serviceAccount ?? '')
  const trace = useAppStore((s) => s.trace)
  const signingKid = useAppStore((s) => s.signingKey?.kid)
  const resigned = useAppStore((s) => s.resignedAt !== undefined)
  if (token === undefined) return null

  const decoded = decodeToken(token)
  const { header, payload } = decoded
  const nowSeconds = isoToSeconds(now ?? '') ?? isoToSeconds(trace?.now ?? '') ?? 0
  const kid = header?.kid
  const keyMissing = missingKey(trace, kid, signingKid)
  const badSignature = signatureFailed(trace)
  const tokenIssuer = typeof payload?.iss === 'string' ? payload.iss : (issuer ?? '')

  return (
    <section className="panel inspector" aria-labelledby="inspector-title" data-testid="inspector">
      <h2 id="inspector-title">{t('inspector.title')}</h2>
      {resigned && (
        <p className="verdict__banner">
          <span aria-hidden="true">⚠ </span>
          {t('verdict.resigned')}
        </p>
      )}
      <CompactToken compact={decoded.compact} />
      <DecodeProblems findings={decoded.findings} />
      {keyMissing && <MissingKeyNote kid={String(kid ?? '—')} issuer={tokenIssuer} />}
      {badSignature &&
        (signingKid !== undefined ? (
          <ResignButton />
        ) : (
          <p className="note note--warn">{t('inspector.noPrivateKey')}</p>
        ))}
      <DecodedSegments key={token} token={decoded.compact} header={header} payload={payload} />
      {payload && (
        <>
          <h3 className="inspector__subtitle">{t('inspector.claimsTitle')}</h3>
          <ClaimsTable payload={payload} now={nowSeconds} />
        </>
      )}
      <PasteToken />
      <GenerateForm />
      <TokenHints payload={payload} serviceAccount={serviceAccount} />
    </section>
  )
}
