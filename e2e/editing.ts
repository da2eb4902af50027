import type { Page } from '@playwright/test'

/** The inputs column (the Monaco editors and forms). */
export const editors = (page: Page) => page.getByRole('region', { name: 'Inputs' })

/**
 * A field of the draft as autosaved (zustand persist writes it after an edit, once typing pauses);
 * empty until the first write, so that a poll waits for it instead of failing on it.
 */
export async function draftField(page: Page, field: string): Promise<string> {
  return page.evaluate(
    (f) =>
      (JSON.parse(localStorage.getItem('irsa-lab') ?? '{}').state?.draft?.[f] as
        string | undefined) ?? '',
    field,
  )
}

/**
 * Replaces the text of `document`'s editor ("Pod", "Trust policy": the tab just selected) by a
 * clipboard paste (toolchain gotcha 9: exact text). The tabs share one editor, which switches to
 * the selected document a moment after the click: the paste waits until the editor is labelled
 * with it, or it could land in the document shown before.
 */
export async function pasteIntoEditor(page: Page, text: string, document: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text)
  await editors(page)
    .getByRole('textbox', { name: `${document} editor`, exact: true })
    .waitFor({
      state: 'attached',
    })
  await editors(page).locator('.monaco-editor .view-lines').first().click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('ControlOrMeta+V')
}
