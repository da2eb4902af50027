import { useTranslation } from '../../i18n/useTranslation'
import { CommandLine } from './CommandLine'
import { tokenCommands } from './commands'
import { keysUrl } from './token'

/** Pasted a real token whose key is not in the JWKS: where the keys are and how to get them. */
export function MissingKeyNote({ kid, issuer }: { kid: string; issuer: string }) {
  const { t } = useTranslation()
  const url = keysUrl(issuer)
  return (
    <div className="note note--warn" data-testid="missing-key">
      <h3 className="inspector__subtitle">{t('inspector.missingKeyTitle')}</h3>
      <p>{t('inspector.missingKey', { kid, url })}</p>
      <CommandLine command={`curl -s ${url}`} label={t('inspector.missingKeyTitle')} />
      <p className="muted">{t('inspector.missingKeyRest')}</p>
    </div>
  )
}

/** The commands that print a real token to compare with this one. */
export function TokenHints({
  payload,
  serviceAccount,
}: {
  payload: Record<string, unknown> | undefined
  serviceAccount: string
}) {
  const { t } = useTranslation()
  const commands = tokenCommands(payload, serviceAccount)
  return (
    <div className="hints">
      <h3 className="inspector__subtitle">{t('inspector.hintTitle')}</h3>
      <p className="muted">{t('inspector.hintCreate')}</p>
      <CommandLine command={commands.create} label={t('inspector.hintCreate')} />
      <p className="muted">{t('inspector.hintRead')}</p>
      <CommandLine command={commands.read} label={t('inspector.hintRead')} />
    </div>
  )
}
