import { describe, expect, it } from 'vitest'
import { detectLanguage } from './index'
import { en } from './locales/en'
import { ko } from './locales/ko'
import { generateClusterKey, simulate } from '../engine'
import type { FindingDefinition } from '../engine'
import { STAGES } from '../engine/simulate'
import { SKIP_REASONS } from '../engine/webhook'
import { STS_ERRORS } from '../engine/sts'
import { PRESETS } from '../scenarios/presets'
import { ASSUMPTION_TEXTS, assumptionText, type AssumptionRef } from '../engine/assumptions'
import { assumptionMessage } from '../ui/text/assumptions'
import { findingKey, findingMessage } from '../ui/text/findingText'
import { translate, type Translator } from '../ui/text/message'
import { translateStep } from '../ui/text/useEngineText'

/** Every leaf key path of a catalogue. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix]
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  )
}

describe('message catalogues', () => {
  it('English and Korean have exactly the same keys', () => {
    expect(keys(ko).sort()).toEqual(keys(en).sort())
  })

  it('no message is empty, and placeholders match between languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
    // A missing path reads as '' (reported with its key), not as a TypeError.
    const lookup = (catalogue: unknown, path: string) =>
      String(
        path
          .split('.')
          .reduce<unknown>(
            (node, k) =>
              node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined,
            catalogue,
          ) ?? '',
      )
    for (const key of keys(en)) {
      expect(lookup(en, key).trim(), key).not.toBe('')
      expect(lookup(ko, key).trim(), key).not.toBe('')
      expect(placeholders(lookup(ko, key)), key).toEqual(placeholders(lookup(en, key)))
    }
  })
})

describe(detectLanguage, () => {
  it.each([
    { stored: 'ko', browser: ['en-US'], expected: 'ko' },
    { stored: null, browser: ['ko-KR', 'en'], expected: 'ko' },
    { stored: null, browser: ['fr-FR', 'en-GB'], expected: 'en' },
    { stored: null, browser: ['fr-FR'], expected: 'en' },
    { stored: 'xx', browser: [], expected: 'en' },
  ])('stored $stored, browser $browser → $expected', ({ stored, browser, expected }) => {
    expect(detectLanguage(stored, browser)).toBe(expected)
  })
})

// ---------------------------------------------------------------------------------------------
// The engine's texts: every finding code of every registry, and every step the engine emits over
// the gallery, has its entry in both languages (src/ui/text resolves them).

/** Every `defineFindings` registry of the engine, found by shape so a new module is included. */
const engineModules = import.meta.glob<Record<string, unknown>>(
  ['../engine/**/*.ts', '!../engine/**/*.test.ts'],
  { eager: true },
)
const registries = Object.values(engineModules).flatMap((module) =>
  Object.values(module).flatMap((value) => {
    const registry = value as { definitions?: unknown; make?: unknown } | null
    return registry && typeof registry === 'object' && typeof registry.make === 'function'
      ? [registry.definitions as Record<string, FindingDefinition>]
      : []
  }),
)
const registryCodes = registries.flatMap((definitions) => Object.keys(definitions))
/** Every sentence a code's findings can have: [catalogue key, the values its data carries]. */
const declaredSentences = registries.flatMap((definitions) =>
  Object.entries(definitions).flatMap(([code, definition]) => [
    ...(definition.data
      ? [[`findings.variants.${findingKey(code)}`, definition.data] as const]
      : []),
    ...Object.entries(definition.variants ?? {}).map(
      ([variant, names]) => [`findings.variants.${findingKey(code)}.${variant}`, names] as const,
    ),
  ]),
)

/** A translator over one catalogue, without i18next: the lookup is exact, interpolation plain. */
function catalogueTranslator(catalogue: unknown): Translator {
  const lookup = (key: string) =>
    key
      .split('.')
      .reduce<unknown>(
        (node, k) =>
          node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined,
        catalogue,
      )
  return {
    exists: (key) => typeof lookup(key) === 'string',
    t: (key, values = {}) =>
      String(lookup(key)).replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? ''),
  }
}

describe.each([
  ['en', en],
  ['ko', ko],
] as const)('engine texts in %s', (_language, catalogue) => {
  const translator = catalogueTranslator(catalogue)

  it('every finding code of every engine registry has a message', () => {
    expect(registryCodes.length).toBeGreaterThan(200)
    const missing = registryCodes.filter(
      (code) => !translator.exists(`findings.messages.${findingKey(code)}`),
    )
    expect(missing).toEqual([])
  })

  it('every sentence a finding code declares has a message that uses exactly its data', () => {
    expect(declaredSentences.length).toBeGreaterThan(20)
    for (const [key, names] of declaredSentences) {
      expect(translator.exists(key), key).toBe(true)
      const template = translator.t(key, new Proxy({}, { get: (_, p) => `{{${String(p)}}}` }))
      const placeholders = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
      expect(placeholders, key).toEqual([...names].sort())
    }
  })

  it('every step of both chains has a title, and every webhook skip reason a message', () => {
    const missing = [
      ...STAGES.map((stage) => `engineText.steps.${stage.id}.title`),
      ...['trust.statement', 'trust.condition'].map((kind) => `engineText.steps.${kind}.title`),
      ...[...Object.keys(SKIP_REASONS), 'existing'].map((code) => `engineText.skipReasons.${code}`),
    ].filter((key) => !translator.exists(key))
    expect(missing).toEqual([])
  })

  it('every step, detail, finding and assumption the engine emits over the gallery is translated', async () => {
    const key = await generateClusterKey('RS256')
    const untranslated: string[] = []
    for (const preset of PRESETS) {
      const trace = await simulate(
        await preset.build({ key, issuedAt: '2026-11-29T12:00:00.000Z' }),
      )
      for (const step of trace.steps) {
        const text = translateStep(step, translator)
        for (const part of [text.title, text.detail, ...text.assumptions])
          if (part?.kind === 'english') untranslated.push(`${preset.id} ${step.id}: ${part.text}`)
      }
      for (const finding of trace.findings)
        if (translate(findingMessage(finding), translator).kind === 'english')
          untranslated.push(`${preset.id} ${finding.code}`)
    }
    expect(untranslated).toEqual([])
  }, 30_000)

  it('every assumption the engine states has an entry', () => {
    const errors = [
      STS_ERRORS.validation([{ member: 'm', value: 'v', constraint: 'Member must have length' }]),
      STS_ERRORS.malformedToken(),
      STS_ERRORS.missingClaim('iss'),
      STS_ERRORS.missingClaim('exp'),
      STS_ERRORS.notYetValid(),
      STS_ERRORS.verificationKey('unknownKid'),
    ]
    const refs: (AssumptionRef | undefined)[] = [
      ...Object.keys(ASSUMPTION_TEXTS).map((id) => ({ id }) as AssumptionRef),
      ...errors.map((error) => error.assumptionRef),
    ]
    for (const ref of refs) {
      expect(ref).toBeDefined()
      const text = assumptionText(ref!)
      expect(translate(assumptionMessage(ref, text), translator).kind, text).toBe('translated')
    }
    // An error's English is the text of its id: nothing maps English back to ids.
    for (const error of errors)
      expect(error.assumption).toBe(error.assumptionRef && assumptionText(error.assumptionRef))
  })
})
