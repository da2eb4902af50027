/**
 * The address a phone opens to follow a talk: the same page in the follow view, on the scenario
 * on stage (its share fragment) at the current step. Pure string work on an href.
 */
export function followUrl(href: string, fragment: string, step: number): string {
  const url = new URL(href)
  // The embeddable page is the same app; the follow view belongs on the main page.
  url.pathname = url.pathname.replace(/embed\.html$/, '')
  url.search = ''
  url.searchParams.set('view', 'follow')
  url.searchParams.set('step', String(Math.max(0, Math.floor(step))))
  url.hash = fragment
  return url.toString()
}

/** The href of the full playground on the same scenario (a link back from an embed). */
export function playgroundUrl(href: string, fragment: string): string {
  const url = new URL(href)
  url.pathname = url.pathname.replace(/embed\.html$/, '')
  url.searchParams.delete('view')
  url.hash = fragment
  return url.toString()
}
