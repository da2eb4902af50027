/**
 * The keystroke floor (issue #18): Monaco as the app bundles it (the same slim entry points and
 * JSON worker), holding the same trust policy, with nothing listening to it but the measure: from
 * the keystroke (keydown's timestamp, recorded by the bench) to the first frame after the model
 * changed, ended the way the app ends its verdict measure (a message posted from the next
 * animation frame runs after that frame's paint).
 */
/// <reference types="vite/client" />
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/yaml/register'
import 'monaco-editor/languages/features/json/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import JsonWorker from 'monaco-editor/language/json/json.worker?worker'

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) =>
    label === 'json' ? new JsonWorker() : new EditorWorker(),
}

/** The text to edit, set by the bench before the page loads. */
const text = (window as { benchText?: string }).benchText ?? '{}'
const editor = monaco.editor.create(document.getElementById('editor')!, {
  value: text,
  language: 'json',
  automaticLayout: true,
  minimap: { enabled: false },
})
editor.onDidChangeModelContent(() => {
  requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => performance.mark('bench:painted')
    channel.port2.postMessage(undefined)
  })
})
;(window as { benchReady?: boolean }).benchReady = true
