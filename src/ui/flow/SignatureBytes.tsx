import { useEffect, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'
import { hex, keyFor, signatureBytes, type SignatureBytes as Bytes } from './bytes'
import { reproduce } from './stepBytes'

/** Hex bytes in one line, the ones at `marked` highlighted. */
function HexBytes({
  bytes,
  marked = [],
  testId,
}: {
  bytes: Uint8Array
  marked?: number[]
  testId?: string
}) {
  const set = new Set(marked)
  return (
    <code className="flow__hex" data-testid={testId}>
      {hex(bytes).map((b, i) => (
        <span key={i}>
          {i > 0 && ' '}
          {set.has(i) ? (
            <mark className="flow__diff" data-testid="byte-diff">
              {b}
            </mark>
          ) : (
            b
          )}
        </span>
      ))}
    </code>
  )
}

function parseJwks(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/**
 * The signature step's bytes, computed here from the scenario's token and the key its kid names:
 * the signing input, its SHA-256, and what the signature opens to with the public key (RS256:
 * `00 01 FF … 00 ‖ DigestInfo ‖ digest`; ES256: r and s). The two digests side by side, the
 * bytes where they differ marked; a line to reproduce it in a terminal.
 */
export function SignatureBytes() {
  const { t } = useTranslation()
  const token = useAppStore((s) => s.draft?.token)
  const jwksText = useAppStore((s) => s.draft?.jwks)
  // The result with the inputs it was computed from: a stale one is never shown.
  const [result, setResult] = useState<{ token: string; jwks: string; bytes?: Bytes }>()
  useEffect(() => {
    let current = true
    const key = token && jwksText ? keyFor(token, parseJwks(jwksText)) : undefined
    if (token && jwksText && key)
      void signatureBytes(token, key).then(
        (bytes) => current && setResult({ token, jwks: jwksText, ...(bytes ? { bytes } : {}) }),
      )
    return () => {
      current = false
    }
  }, [token, jwksText])
  const bytes = result?.token === token && result?.jwks === jwksText ? result?.bytes : undefined
  if (!bytes) return null
  const { rsa, ec } = bytes
  return (
    <section
      className="flow__bytes"
      data-testid="signature-bytes"
      aria-label={t('flow.bytes.title')}
    >
      <h4>{t('flow.bytes.title')}</h4>
      <p className="flow__bytes-label">
        {t('flow.bytes.signingInput', { n: bytes.signingInput.length })}
      </p>
      <code className="flow__signing-input">{bytes.signingInput}</code>
      <p className="flow__bytes-label">{t('flow.bytes.computed')}</p>
      <HexBytes bytes={bytes.digest} marked={bytes.differing} testId="digest-computed" />
      {rsa && (
        <>
          <p className="flow__bytes-label">{t('flow.bytes.opened')}</p>
          <code className="flow__hex flow__pkcs1">
            {hex(rsa.block.slice(0, 3)).join(' ')} …{' '}
            {hex(rsa.block.slice(rsa.separator - 1, rsa.separator + 1)).join(' ')} ‖ DigestInfo ‖
          </code>
          <HexBytes bytes={rsa.digest} marked={bytes.differing} testId="digest-signed" />
          <p className={`flow__verdict flow__verdict--${bytes.valid ? 'ok' : 'no'}`}>
            {bytes.valid
              ? `✔ ${t('flow.bytes.same')}`
              : `✘ ${t('flow.bytes.different', { count: bytes.differing.length })}`}
          </p>
        </>
      )}
      {ec && (
        <>
          <p className="flow__bytes-label">r</p>
          <HexBytes bytes={ec.r} />
          <p className="flow__bytes-label">s</p>
          <HexBytes bytes={ec.s} />
          <p className={`flow__verdict flow__verdict--${bytes.valid ? 'ok' : 'no'}`}>
            {bytes.valid ? `✔ ${t('flow.bytes.ecValid')}` : `✘ ${t('flow.bytes.ecInvalid')}`}
          </p>
        </>
      )}
      <p className="flow__bytes-label">{t('flow.bytes.reproduce')}</p>
      <code className="flow__reproduce">{reproduce.signature(!!rsa)}</code>
    </section>
  )
}
