/**
 * The live diagram as a file: the SVG serialised with its computed styles written inline (so the
 * file looks the same without our stylesheet, in the current theme and at the current moment of an
 * animation), and a PNG drawn from it. Everything stays in the browser: blobs and a download link.
 */

/** The properties that decide how the diagram looks; everything else keeps its default. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'transform',
  'visibility',
  'display',
] as const

/** Serialises an SVG element with inline styles and a background, ready to save or draw. */
export function serializeSvg(svg: SVGSVGElement, background: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement
  const originals = [svg, ...svg.querySelectorAll('*')]
  const copies = [clone, ...clone.querySelectorAll('*')]
  originals.forEach((el, i) => {
    const copy = copies[i]
    if (!copy) return
    const computed = getComputedStyle(el)
    const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`)
    copy.setAttribute('style', style.join(';'))
    copy.removeAttribute('class')
  })
  const [, , width = '1000', height = '660'] = (svg.getAttribute('viewBox') ?? '').split(/\s+/)
  clone.setAttribute('width', width)
  clone.setAttribute('height', height)
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect')
  bg.setAttribute('width', '100%')
  bg.setAttribute('height', '100%')
  bg.setAttribute('fill', background)
  clone.insertBefore(bg, clone.firstChild)
  return new XMLSerializer().serializeToString(clone)
}

/** Draws serialised SVG onto a canvas at `scale` (2: sharp on slides and retina screens). */
export async function drawSvg(
  svgText: string,
  canvas: HTMLCanvasElement,
  scale = 2,
): Promise<void> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    canvas.width = image.naturalWidth * scale
    canvas.height = image.naturalHeight * scale
    const context = canvas.getContext('2d')
    context?.drawImage(image, 0, 0, canvas.width, canvas.height)
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** The diagram as a PNG blob. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const canvas = document.createElement('canvas')
  await drawSvg(svgText, canvas, scale)
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      'image/png',
    ),
  )
}

/** Saves a blob under `filename` through a temporary `a[download]`. */
export function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started from the URL; give it a moment before letting go of the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The page background in the current theme, for the exported file. */
export function themeBackground(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff'
}
