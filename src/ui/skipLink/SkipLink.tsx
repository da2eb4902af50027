import { useTranslation } from '../../i18n/useTranslation'
import './skipLink.css'

/** The id of the region the skip link goes to. */
export const SKIP_TARGET_ID = 'verdict'

/**
 * The page's first focusable element: visible when focused, it moves the focus past the header,
 * toolbar and editors to the verdict. It focuses the target itself rather than following its
 * `#verdict` (the fragment holds share links, which must not change).
 */
export function SkipLink() {
  const { t } = useTranslation()
  return (
    <a
      className="skip-link"
      href={`#${SKIP_TARGET_ID}`}
      onClick={(event) => {
        event.preventDefault()
        const target = document.getElementById(SKIP_TARGET_ID)
        target?.focus()
        target?.scrollIntoView({ block: 'start' })
      }}
    >
      {t('app.skipToVerdict')}
    </a>
  )
}
