import type { AppMode } from '../../app/mode'

/** Presentation, presenter and embed views. Placeholder until they land. */
export function ModeView({ mode }: { mode: Exclude<AppMode, 'playground'> }) {
  return <p data-mode={mode} />
}
