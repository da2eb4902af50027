import { useSyncExternalStore } from 'react'
import { trustedScriptUrl } from '../state/trustedTypes'

/**
 * The offline worker (public/sw.js) in the built app, registered with a relative URL and scope so
 * the site works offline from any path it is served under.
 *
 * Deploys (issue #15): a new build's worker installs beside this one and waits (sw.js never skips
 * waiting on its own, so tabs on the old build keep their chunks). This tab learns that a new
 * version is waiting and offers it; taking it (`applyUpdate`) asks the waiting worker to activate
 * and reloads once it controls the page. A tab left open (a projector) checks for a new build
 * hourly.
 */
let waiting: ServiceWorker | undefined
const listeners = new Set<() => void>()
const setWaiting = (worker: ServiceWorker) => {
  waiting = worker
  for (const listener of listeners) listener()
}
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The new version's worker, installed and waiting; undefined while there is none. */
export const useWaitingUpdate = (): ServiceWorker | undefined =>
  useSyncExternalStore(subscribe, () => waiting)

const UPDATE_CHECK_MS = 60 * 60 * 1000

function watch(registration: ServiceWorkerRegistration): void {
  // Only an update: the very first install has no older version to replace.
  const isUpdate = () => navigator.serviceWorker.controller !== null
  if (registration.waiting && isUpdate()) setWaiting(registration.waiting)
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && isUpdate()) setWaiting(worker)
    })
  })
  setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS)
}

/** The page's load event (at once if it has fired). */
const pageLoaded = (): Promise<void> =>
  new Promise((resolve) => {
    if (document.readyState === 'complete') resolve()
    else window.addEventListener('load', () => resolve(), { once: true })
  })

/**
 * Registers the worker after the page's load event and `after` (main.tsx: the first verdict
 * painted). Its install fetches and caches every file of the build, Monaco's megabytes included:
 * on a first visit that must not compete with the first screen for the CPU and the network.
 */
export function registerServiceWorker(after: Promise<unknown> = Promise.resolve()): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  void Promise.all([pageLoaded(), after]).then(() =>
    navigator.serviceWorker
      .register(trustedScriptUrl('./sw.js'), { scope: './' })
      .then(watch)
      .catch(() => undefined),
  )
}

/** Takes the waiting version: it activates (every tab then runs it) and this page reloads. */
export function applyUpdate(): void {
  const worker = waiting
  if (!worker) return window.location.reload()
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  })
  worker.postMessage({ type: 'skip-waiting' })
}
