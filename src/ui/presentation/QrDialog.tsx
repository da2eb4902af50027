import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { qrShape } from './links'

/** A modal with the QR code of `url`, drawn as SVG from the qrcode package's matrix (no network). */
export function QrDialog({ url, onClose }: { url: string | undefined; onClose: () => void }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const shape = useMemo(() => (url === undefined ? undefined : qrShape(url)), [url])
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  return (
    <dialog ref={ref} className="qr" aria-labelledby="qr-title" onClose={onClose}>
      <h2 id="qr-title">{t('flow.presentation.qrTitle')}</h2>
      {url === undefined ? (
        <p role="status">…</p>
      ) : shape ? (
        <svg
          className="qr__code"
          viewBox={`-4 -4 ${shape.size + 8} ${shape.size + 8}`}
          role="img"
          aria-label={url ?? ''}
          shapeRendering="crispEdges"
        >
          <rect x={-4} y={-4} width={shape.size + 8} height={shape.size + 8} fill="#fff" />
          <path d={shape.path} fill="#000" />
        </svg>
      ) : (
        <p>{t('flow.presentation.qrTooLong')}</p>
      )}
      {url !== undefined && <p className="qr__url">{url}</p>}
      <button type="button" autoFocus onClick={() => ref.current?.close()}>
        {t('flow.presentation.close')}
      </button>
    </dialog>
  )
}
