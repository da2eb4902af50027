import { useLayoutEffect, type RefObject } from 'react'

/**
 * Keeps a block inside its box without scrolling: it sets `data-fit` on the element to the
 * lowest level (0 = everything) at which its content fits, CSS hiding the least needed parts
 * level by level (the why, then the what, then the details). Re-measured when `key` changes
 * and when the box is resized. Imperative on purpose: one layout pass, no extra render.
 */
export function useFitLevel(ref: RefObject<HTMLElement | null>, key: unknown, levels: number) {
  useLayoutEffect(() => {
    const el = ref.current
    if (!el || levels === 0) return
    const fit = () => {
      for (let level = 0; level <= levels; level++) {
        el.dataset.fit = String(level)
        if (el.scrollHeight <= el.clientHeight + 1) return
      }
    }
    fit()
    // The box and its parts: a late style sheet or font changes the parts, not the box.
    const observer = new ResizeObserver(fit)
    observer.observe(el)
    for (const child of el.children) observer.observe(child)
    // Parts that arrive later (bytes computed with WebCrypto) change the content, not the box.
    let frame = 0
    const mutations = new MutationObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(fit)
    })
    mutations.observe(el, { childList: true, subtree: true })
    void document.fonts?.ready.then(fit)
    return () => {
      observer.disconnect()
      mutations.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [ref, key, levels])
}
