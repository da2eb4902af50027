/*
 * IRSA Lab works offline after the first visit (conference Wi-Fi fails). Same-origin GETs only:
 * hashed assets come from the cache first, pages from the network first with the cache behind.
 * Nothing is sent anywhere: the worker only keeps what this origin already served.
 */
const CACHE = 'irsa-lab-v1'
const SHELL = ['./', './index.html', './manifest.webmanifest', './favicon.svg']

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
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
          (await cache.match(request, { ignoreSearch: true })) ??
          (await cache.match('./index.html'))
        )
      }),
    )
    return
  }
  event.respondWith(caches.match(request).then((cached) => cached ?? fromNetwork(request)))
})
