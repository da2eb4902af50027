/** The gallery scenario the page opens with (the blog post's story); its own module so the store
 * can name it without pulling in the whole gallery. */
export const DEFAULT_PRESET_ID = 'happy-path'
