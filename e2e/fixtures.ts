import { test as base, expect } from '@playwright/test'

const isLocal = (url: string) => {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true
  try {
    const { hostname } = new URL(url)
    return hostname === '127.0.0.1' || hostname === 'localhost'
  } catch {
    return false
  }
}

/** What the init script below logs for a CSP violation about another origin. */
const VIOLATION = 'e2e: CSP refused '

/**
 * Every test records any attempt to reach another origin and fails if there was one: nothing
 * leaves the browser. Without request interception (a `route` turns it on for every request and
 * switches Chromium's HTTP cache off, so each load re-fetched every chunk through Node): the app's
 * own CSP (scripts/securityHeaders.ts: this origin only) refuses such a request before it is sent,
 * and the page reports the refusal (`securitypolicyviolation`, in every frame, from the first
 * script on); a request the CSP does not cover (a navigation) is a `request` event. Trusted Types
 * refusals are not about an origin and are left to the tests that provoke them. e2e/fixtures.spec.ts
 * proves both paths fire.
 */
export const test = base.extend<{ offOrigin: string[]; missingMessages: string[] }>({
  offOrigin: [
    async ({ context }, use) => {
      const offOrigin: string[] = []
      const record = (url: string) => {
        if (!isLocal(url) && !offOrigin.includes(url)) offOrigin.push(url)
      }
      context.on('request', (request) => record(request.url()))
      context.on('console', (message) => {
        const text = message.text()
        if (text.startsWith(VIOLATION)) record(text.slice(VIOLATION.length))
      })
      await context.addInitScript((prefix) => {
        addEventListener('securitypolicyviolation', (event) => {
          const url = event.blockedURI
          // 'inline', 'eval', 'trusted-types-sink'…: not a request to anywhere.
          if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) console.error(prefix + url)
        })
      }, VIOLATION)
      await use(offOrigin)
      expect(offOrigin, 'requests to other origins').toEqual([])
    },
    { auto: true },
  ],
  /**
   * No key is ever shown instead of its message: i18next reports a key without a message (in
   * either language, or in a panel that rendered before its messages loaded) and the test fails.
   */
  missingMessages: [
    async ({ context }, use) => {
      const missing: string[] = []
      context.on('console', (message) => {
        if (message.type() === 'error' && message.text().startsWith('i18n: no message'))
          missing.push(message.text())
      })
      await use(missing)
      expect(missing, 'keys rendered without a message').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
