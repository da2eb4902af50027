import { Fragment, useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { linkTerms } from '../../learning/glossary/linkTerms'
import { GlossaryTerm } from './GlossaryTerm'

/**
 * Text with every glossary term it names (once each) as a link to its entry. The text is shown as
 * text, only split: nothing in it is interpreted as markup.
 */
export function WithGlossary({ text }: { text: string }) {
  const { i18n } = useTranslation()
  const lang = i18n.language.startsWith('ko') ? 'ko' : 'en'
  const parts = useMemo(() => linkTerms(text, lang), [text, lang])
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <GlossaryTerm key={i} id={part.id}>
            {part.term}
          </GlossaryTerm>
        ),
      )}
    </>
  )
}
