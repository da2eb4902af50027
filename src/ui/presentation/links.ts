/**
 * The links presentation mode opens or shows: the same page in another view (the presenter's
 * window), and the link for the audience's phones (the QR code), which opens the playground at the
 * same step. Pure string work on an href: testable without a window.
 */
import { create } from 'qrcode'

/** The href with `view` set, every other parameter (the step, a share link's hash) kept. */
export function viewUrl(href: string, view: 'present' | 'presenter' | 'embed' | undefined): string {
  const url = new URL(href)
  if (view) url.searchParams.set('view', view)
  else url.searchParams.delete('view')
  return url.toString()
}

/** A QR code as one SVG path over a `size`×`size` grid of modules (no quiet zone). */
export interface QrShape {
  size: number
  path: string
}

/** The QR code of `text` (error correction M), or undefined when it is too long to encode. */
export function qrShape(text: string): QrShape | undefined {
  let modules
  try {
    modules = create(text, { errorCorrectionLevel: 'M' }).modules
  } catch {
    return undefined
  }
  const d: string[] = []
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) d.push(`M${x} ${y}h1v1h-1z`)
  }
  return { size: modules.size, path: d.join('') }
}
