import { useLayoutEffect, type RefObject } from 'react'

/**
 * Keeps a block inside its box without scrolling: it sets `data-fit` on the element to the
 * lowest level (0 = everything) at which its content fits, CSS hiding the least needed parts
 * level by level (the why, then the what, then the details). Re-measured when `key` changes,
 * when the box is resized and when parts arrive late. Imperative on purpose: no extra render.
 *
 * Each measurement forces a layout of the block, so they are few (the flow plays with no long
 * task over 50 ms, `npm run bench`): the levels only ever hide more, so the lowest level that
 * fits is found by bisection from the previous level (two layouts when it is still right, at
 * most ⌈log₂(levels + 1)⌉ + 1, never one per level), and a resize that leaves the box as it was
 * (its parts re-flowing under a new level) measures nothing.
 */
export function useFitLevel(ref: RefObject<HTMLElement | null>, key: unknown, levels: number) {
  useLayoutEffect(() => {
    const el = ref.current
    if (!el || levels === 0) return
    let box = ''
    const fits = (level: number) => {
      el.dataset.fit = String(level)
      return el.scrollHeight <= el.clientHeight + 1
    }
    const fit = () => {
      box = `${el.clientWidth}×${el.clientHeight}`
      // The lowest fitting level lies in [low, high]; the last level is the last resort. The level
      // the block had (the previous step's) is probed first: neighbouring steps often share it.
      let low = 0
      let high = levels
      const previous = Math.min(levels, Math.max(0, Number(el.dataset.fit) || 0))
      if (fits(previous)) {
        high = previous
        if (previous > 0 && !fits(previous - 1)) low = previous
        else high = Math.max(0, previous - 1)
      } else {
        low = previous + 1
      }
      while (low < high) {
        const middle = (low + high) >> 1
        if (fits(middle)) high = middle
        else low = middle + 1
      }
      el.dataset.fit = String(high)
    }
    fit()
    // The box and its parts: a late style sheet or font changes the parts, not the box.
    const observer = new ResizeObserver(() => {
      if (`${el.clientWidth}×${el.clientHeight}` !== box) fit()
    })
    observer.observe(el)
    // Parts that arrive later (bytes computed with WebCrypto) change the content, not the box.
    let frame = 0
    const later = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(fit)
    }
    const mutations = new MutationObserver(later)
    mutations.observe(el, { childList: true, subtree: true })
    void document.fonts?.ready.then(later)
    return () => {
      observer.disconnect()
      mutations.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [ref, key, levels])
}
