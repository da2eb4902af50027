/**
 * Whether a URL fragment is an IRSA Lab share link (`#p=…` or `#s=…`), read without the codec:
 * the page loads the codec (and lz-string) only when there is a link to open.
 */
export function isShareFragment(fragment: string): boolean {
  const params = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment)
  return params.has('p') || params.has('s')
}
