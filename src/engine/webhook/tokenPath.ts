/**
 * Where the webhook tells the SDK to read the token: `filepath.Join(mountPath, tokenPath)`, made a
 * Windows path for Windows pods (handler.go getPodSpecPatch). The webhook runs on Linux, so
 * `filepath` is Go's `path` semantics: Join drops empty elements and Cleans the result.
 */
import { WINDOWS_NODE_SELECTORS } from './constants'

/** Go `path.Clean`: collapses '//' and '.', resolves '..', drops a trailing '/'; '' → '.'. */
export function cleanPath(path: string): string {
  if (path === '') return '.'
  const rooted = path.startsWith('/')
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop()
      else if (!rooted) out.push('..')
      continue
    }
    out.push(part)
  }
  const joined = (rooted ? '/' : '') + out.join('/')
  return joined === '' ? '.' : joined
}

/** Go `filepath.Join` on Linux: '' when every element is empty. */
export function joinPath(...elements: string[]): string {
  const kept = elements.filter((e) => e !== '')
  return kept.length === 0 ? '' : cleanPath(kept.join('/'))
}

/**
 * True when the nodeSelector pins the pod to Windows. Only these two keys count: the webhook
 * ignores nodeAffinity (spec §3.4).
 */
export function isWindowsNodeSelector(nodeSelector: Record<string, string>): boolean {
  return WINDOWS_NODE_SELECTORS.some((key) => nodeSelector[key] === 'windows')
}

/**
 * The AWS_WEB_IDENTITY_TOKEN_FILE value: e.g. /var/run/secrets/eks.amazonaws.com/serviceaccount/token,
 * or C:\var\run\secrets\eks.amazonaws.com\serviceaccount\token on Windows ("C:" + every '/' → '\').
 */
export function tokenFilePath(mountPath: string, tokenPath: string, windows: boolean): string {
  const path = joinPath(mountPath, tokenPath)
  return windows ? 'C:' + path.replace(/\//g, '\\') : path
}
