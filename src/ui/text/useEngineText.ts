/**
 * React hooks that translate the engine's texts in the current language. Components of every
 * area use these instead of `step.title`, `step.detail`, `step.assumptions` and `finding.message`.
 */
import { useCallback, useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { Finding, Step } from '../../engine'
import { findingMessage } from './findingText'
import { translate, type ResolvedText, type Translator } from './message'
import { stepMessages } from './stepText'

/** `t` and `exists` of the current language, in the shape `translate` takes. */
export function useTranslator(): Translator {
  const { t, i18n } = useTranslation()
  return useMemo(
    () => ({
      t: (key: string, values?: Record<string, string>) => t(key, values ?? {}),
      exists: (key: string) => i18n.exists(key),
    }),
    // `t` changes with the language, so the memo follows it.
    [t, i18n],
  )
}

/** A step's texts, translated. */
export interface StepText {
  title: ResolvedText
  detail?: ResolvedText
  assumptions: ResolvedText[]
}

/** Translates a step's title, detail and assumptions (pure; for lists that cannot call hooks per item). */
export function translateStep(step: Step, translator: Translator): StepText {
  const messages = stepMessages(step)
  return {
    title: translate(messages.title, translator),
    ...(messages.detail ? { detail: translate(messages.detail, translator) } : {}),
    assumptions: messages.assumptions.map((m) => translate(m, translator)),
  }
}

/** The step's title, detail and assumptions in the current language. */
export function useStepText(step: Step): StepText
export function useStepText(step: Step | undefined): StepText | undefined
export function useStepText(step: Step | undefined): StepText | undefined {
  const translator = useTranslator()
  return useMemo(() => (step ? translateStep(step, translator) : undefined), [step, translator])
}

/** A function giving a finding's message in the current language. */
export function useFindingText(): (finding: Pick<Finding, 'code' | 'message'>) => ResolvedText {
  const translator = useTranslator()
  return useCallback((finding) => translate(findingMessage(finding), translator), [translator])
}
