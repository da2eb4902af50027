/*
 * IRSA Lab works offline after the first visit (conference Wi-Fi fails). The build writes this
 * template out as sw.js with the list of every file it produced (vite.config.ts): installing
 * caches them all, so that a view never opened online (presentation mode, Korean, the tour…)
 * still opens offline. Same-origin GETs only: hashed assets come from the cache first, the page
 * from the network first with the cached shell behind. Nothing is sent anywhere.
 *
 * Deploys (issue #15): a new version installs beside the old one and waits (no skipWaiting); the
 * old version's files stay cached and served until no tab uses it, so a tab left open during a
 * deploy can still lazy-load its chunks. Only then does the new version activate and delete the
 * old cache. The app shell is cached once per build (./index.html, by the install): navigation
 * URLs with their query strings are never stored (no unbounded cache, no navigation history).
 */
const BUILD = self.__BUILD__
const CACHE = `irsa-lab-${BUILD.version}`
const SHELL = './index.html'

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(BUILD.files)))
})

// The page's "A new version is ready — reload" (src/app/serviceWorker.ts): the user's choice.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting()
})

self.addEventListener('activate', (event) => {
  // Activation happens once no tab is controlled by an older version: its files can go.
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('irsa-lab-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  )
})

async function page(request) {
  try {
    // Fresh when online. Nothing is stored: the install cached this build's shell.
    return await fetch(request)
  } catch (error) {
    const cache = await caches.open(CACHE)
    const shell = await cache.match(SHELL, { ignoreVary: true })
    if (shell) return shell
    throw error
  }
}

async function asset(request) {
  // ignoreVary: the install cached each file without an Origin header, and servers that answer
  // with `Vary: Origin` would otherwise hide it from the page's (CORS) module requests.
  const cache = await caches.open(CACHE)
  const cached = await cache.match(request, { ignoreVary: true })
  if (cached) return cached
  const response = await fetch(request)
  // Only this build's own files are kept (they are all known up front); nothing else is stored.
  const path = new URL(request.url).pathname
  if (response.ok && response.type === 'basic' && isBuildFile(path))
    await cache.put(request, response.clone())
  return response
}

const scopePath = new URL(self.registration.scope).pathname
const buildPaths = new Set(BUILD.files.map((file) => scopePath + file.replace(/^\.\//, '')))
const isBuildFile = (path) => buildPaths.has(path)

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  event.respondWith(request.mode === 'navigate' ? page(request) : asset(request))
})
