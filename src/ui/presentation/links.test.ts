import { create } from 'qrcode'
import { describe, expect, it } from 'vitest'
import { qrShape, viewUrl } from './links'

describe(viewUrl, () => {
  it('sets the view and keeps the step and the hash', () => {
    expect(viewUrl('http://h/app/?view=present&step=3#s=abc', 'presenter')).toBe(
      'http://h/app/?view=presenter&step=3#s=abc',
    )
  })

  it('drops the view for the playground link', () => {
    expect(viewUrl('http://h/?view=present&step=3', undefined)).toBe('http://h/?step=3')
  })
})

describe(qrShape, () => {
  it('draws one module per dark cell of the QR matrix', () => {
    const text = 'http://127.0.0.1:5183/?step=3'
    const shape = qrShape(text)!
    const modules = create(text, { errorCorrectionLevel: 'M' }).modules
    expect(shape.size).toBe(modules.size)
    const dark = Array.from(modules.data).filter(Boolean).length
    expect(shape.path.match(/M/g)).toHaveLength(dark)
  })

  it('gives up on text too long for any QR version', () => {
    expect(qrShape('x'.repeat(5000))).toBeUndefined()
  })
})
