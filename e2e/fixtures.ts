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

/**
 * Every test records (and blocks) requests to any other origin and fails if there was one:
 * nothing leaves the browser.
 */
export const test = base.extend<{ offOrigin: string[]; missingMessages: string[] }>({
  offOrigin: [
    async ({ context }, use) => {
      const offOrigin: string[] = []
      await context.route('**/*', (route) => {
        const url = route.request().url()
        if (isLocal(url)) return route.continue()
        offOrigin.push(url)
        return route.abort()
      })
      context.on('request', (request) => {
        if (!isLocal(request.url()) && !offOrigin.includes(request.url()))
          offOrigin.push(request.url())
      })
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
