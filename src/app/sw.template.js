/*
 * IRSA Lab works offline after the first visit (conference Wi-Fi fails). The build writes this
 * template out as sw.js with the list of every file it produced (vite.config.ts): installing
 * caches them all, so that a view never opened online (presentation mode, Korean, the tour…)
 * still opens offline. Same-origin GETs only: hashed assets come from the cache first, pages from
 * the network first with the cache behind. Nothing is sent anywhere.
 */
const BUILD = self.__BUILD__
const CACHE = `irsa-lab-${BUILD.version}`

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(BUILD.files))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

async function fromNetwork(request) {
  const response = await fetch(request)
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE)
    await cache.put(request, response.clone())
  }
  return response
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    // The page: fresh when online, the cached shell when not (the scenario lives in the fragment).
    event.respondWith(
      fromNetwork(request).catch(async () => {
        const cache = await caches.open(CACHE)
        return (
          (await cache.match(request, { ignoreSearch: true, ignoreVary: true })) ??
          (await cache.match('./index.html'))
        )
      }),
    )
    return
  }
  // ignoreVary: the install cached each file without an Origin header, and servers that answer
  // with `Vary: Origin` would otherwise hide it from the page's (CORS) module requests.
  event.respondWith(
    caches.match(request, { ignoreVary: true }).then((cached) => cached ?? fromNetwork(request)),
  )
})
