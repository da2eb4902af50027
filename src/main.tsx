// First: views that show someone else's work never write the user's autosave (before the store).
import './app/storageMode'
// Then: starts the first visit's key generation before the rest of the code is evaluated.
import './app/earlyKey'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import firstVisitDocuments from 'virtual:first-visit-documents'
import { App } from './app/App'
import { ErrorBoundary } from './app/ErrorBoundary'
import { openScenarioOnLoad } from './app/boot'
import { firstScreenPainted } from './app/firstScreen'
import { modeFromSearch } from './app/mode'
import './app/app.css'
import { registerServiceWorker } from './app/serviceWorker'
import { primeDocuments } from './engine'
import { initI18n } from './i18n'
import { useAppStore } from './state/store'

// The scenario (key, token, first simulation) starts at once; the messages load meanwhile. The
// default scenario's documents come parsed by the build (scripts/firstVisitDocuments.ts).
// (The workshop wall opens no scenario: each proof it verifies brings its own.)
if (modeFromSearch(window.location.search) !== 'wall') {
  primeDocuments(firstVisitDocuments)
  openScenarioOnLoad(useAppStore)
}
await initI18n()
registerServiceWorker(firstScreenPainted(useAppStore))

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary name="page">
      <App />
    </ErrorBoundary>
  </StrictMode>,
)
