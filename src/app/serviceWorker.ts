import { trustedScriptUrl } from '../state/trustedTypes'

/**
 * Registers the offline worker (public/sw.js) in the built app. Relative URL and scope, so the
 * site works offline from any path it is served under.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    void navigator.serviceWorker
      .register(trustedScriptUrl('./sw.js'), { scope: './' })
      .catch(() => undefined)
  })
}
