import { useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { qrShape } from '../presentation/links'
import { classifyHost } from './address'
import './follow.css'

/**
 * A small QR code in the stage's corner, always on the current scenario and step, so that
 * someone arriving late lands where the talk is. Drawn as SVG from the qrcode package's matrix
 * (no network). Says so beside it when phones cannot reach the address (loopback, private).
 */
export function FollowQr({ url }: { url: string | undefined }) {
  const { t } = useTranslation()
  const shape = useMemo(() => (url === undefined ? undefined : qrShape(url)), [url])
  if (url === undefined || !shape) return null
  const host = new URL(url).hostname
  const reach = classifyHost(host)
  return (
    <div className="follow-qr" data-testid="follow-qr" data-follow-url={url}>
      <svg
        className="follow-qr__code"
        viewBox={`-2 -2 ${shape.size + 4} ${shape.size + 4}`}
        role="img"
        aria-label={t('deck.follow.qrLabel', { url })}
        shapeRendering="crispEdges"
      >
        <rect x={-2} y={-2} width={shape.size + 4} height={shape.size + 4} fill="#fff" />
        <path d={shape.path} fill="#000" />
      </svg>
      {reach === 'public' ? (
        <span className="follow-qr__text">{t('deck.follow.scan')}</span>
      ) : (
        <span className="follow-qr__text follow-qr__warn" data-testid="follow-qr-warning">
          {t(`deck.follow.${reach}`, { host })}
        </span>
      )}
    </div>
  )
}
