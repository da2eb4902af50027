/** Where the autosave lives in localStorage (zustand persist); its own module so that the page's
 * first code can look for saved work without loading the store. */
export const STORAGE_KEY = 'irsa-lab'
