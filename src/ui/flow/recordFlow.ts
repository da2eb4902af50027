/**
 * A WebM recording of the whole flow: the cursor walks through the steps while the live diagram
 * is copied onto a canvas ten times a second (computed styles inlined, so the travelling packets
 * are caught mid-flight) and MediaRecorder encodes the canvas stream. Local only: a blob at the end.
 */
import { drawSvg, serializeSvg, themeBackground } from './exportDiagram'

export const FRAME_MS = 100

export interface RecordOptions {
  svg: () => SVGSVGElement | null
  steps: number
  seek: (index: number) => void
  /** How long each step stays on screen. */
  stepMs: number
  onStep?: (index: number) => void
}

/** Whether this browser can record a canvas to WebM. */
export function canRecord(): boolean {
  return (
    typeof MediaRecorder !== 'undefined' &&
    typeof HTMLCanvasElement.prototype.captureStream === 'function' &&
    MediaRecorder.isTypeSupported('video/webm')
  )
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function recordFlow({
  svg,
  steps,
  seek,
  stepMs,
  onStep,
}: RecordOptions): Promise<Blob> {
  const canvas = document.createElement('canvas')
  const first = svg()
  if (!first) throw new Error('no diagram')
  seek(0)
  await wait(FRAME_MS)
  await drawSvg(serializeSvg(first, themeBackground()), canvas, 1)
  const stream = canvas.captureStream(1000 / FRAME_MS)
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm' })
  const chunks: Blob[] = []
  recorder.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data)
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()))
  recorder.start()
  for (let i = 0; i < steps; i++) {
    seek(i)
    onStep?.(i)
    for (let t = 0; t < stepMs; t += FRAME_MS) {
      const started = performance.now()
      const live = svg()
      if (live) await drawSvg(serializeSvg(live, themeBackground()), canvas, 1)
      await wait(Math.max(0, FRAME_MS - (performance.now() - started)))
    }
  }
  recorder.stop()
  await stopped
  stream.getTracks().forEach((track) => track.stop())
  return new Blob(chunks, { type: 'video/webm' })
}
