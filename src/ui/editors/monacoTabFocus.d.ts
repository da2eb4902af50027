/** Monaco's global tab-focus switch (monaco-editor 0.57, esm/vs/editor/browser/config/tabFocus.js). */
declare module 'monaco-editor/editor/browser/config/tabFocus' {
  export const TabFocus: {
    getTabFocusMode(): boolean
    setTabFocusMode(tabFocusMode: boolean): void
    onDidChangeTabFocus(listener: (tabFocusMode: boolean) => void): { dispose(): void }
  }
}
