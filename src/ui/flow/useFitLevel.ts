import { useLayoutEffect, type RefObject } from 'react'

/** A style rule that hides parts of a fitted block at some levels (`[data-fit]`, display none). */
interface DropRule {
  /** The rule's selector with its level condition taken out. */
  parts: string
  levels: readonly number[]
}

/** The level conditions the stage's style sheets write: one level, a list of them, or "not 0". */
const LEVEL_CONDITION =
  /:is\(\s*((?:\[data-fit="\d+"\]\s*,?\s*)+)\)|:not\(\s*\[data-fit="0"\]\s*\)|\[data-fit="(\d+)"\]/

let cachedRules: { sheets: number; rules: readonly DropRule[] | undefined } | undefined

/** Splits a selector list at its top-level commas. */
function complexSelectors(list: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < list.length; i++) {
    const c = list[i]
    if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i))
      start = i + 1
    }
  }
  out.push(list.slice(start))
  return out.map((s) => s.trim())
}

/**
 * The rules that hide parts level by level, read from the page's style sheets (the CSS stays the
 * one place that says what each level leaves out). Undefined when a rule keyed on the level does
 * anything else or reads differently: the caller then probes every level it needs.
 */
function dropRules(max: number): readonly DropRule[] | undefined {
  const sheets = document.styleSheets
  if (cachedRules?.sheets === sheets.length) return cachedRules.rules
  let rules: DropRule[] | undefined = []
  const read = (list: CSSRuleList, nested: boolean) => {
    for (const rule of Array.from(list)) {
      if (!rules) return
      if (rule instanceof CSSStyleRule) {
        if (!rule.selectorText.includes('data-fit')) continue
        const display = rule.style.getPropertyValue('display')
        if (nested || rule.style.length !== 1 || display !== 'none') return (rules = undefined)
        for (const selector of complexSelectors(rule.selectorText)) {
          const match = LEVEL_CONDITION.exec(selector)
          const parts = match && selector.replace(match[0], '')
          if (!match || !parts || parts.includes('data-fit')) return (rules = undefined)
          const levels = match[1]
            ? Array.from(match[1].matchAll(/\d+/g), (m) => Number(m[0]))
            : match[2]
              ? [Number(match[2])]
              : Array.from({ length: max }, (_, i) => i + 1)
          rules.push({ parts, levels })
        }
      } else if ('cssRules' in rule) {
        read((rule as CSSGroupingRule).cssRules, true)
      }
    }
  }
  try {
    for (const sheet of Array.from(sheets)) read(sheet.cssRules, false)
  } catch {
    rules = undefined // a style sheet that cannot be read (another origin)
  }
  cachedRules = { sheets: sheets.length, rules }
  return rules
}

/** Block flow or a column without wrapping: the heights of block-level children add up. */
function stacks(style: CSSStyleDeclaration): boolean {
  if (['block', 'flow-root', 'list-item'].includes(style.display)) return true
  return style.display === 'flex' && style.flexDirection === 'column' && style.flexWrap === 'nowrap'
}

/**
 * A lower bound of the height of `el`'s content once the parts in `hidden` are left out, read
 * from the layout as it is (everything shown): the heights of the block-level children that stay
 * (margins left out), added up where they stack (block flow, an unwrapped column) and looked into
 * where they lose parts themselves. Whatever else (lines of text, grids, rows) counts nothing, so
 * the bound stays a bound.
 */
function heightWithout(el: Element, hidden: ReadonlySet<Element>, losing: ReadonlySet<Element>) {
  let sum = 0
  for (const child of Array.from(el.children)) {
    if (hidden.has(child)) continue
    const style = getComputedStyle(child)
    const { display, position } = style
    if (display.startsWith('inline') || display === 'contents' || display === 'none') continue
    if (position === 'absolute' || position === 'fixed' || style.float !== 'none') continue
    if (losing.has(child)) {
      if (stacks(style)) sum += heightWithout(child, hidden, losing)
    } else {
      // Its layout height (a transform in flight does not count), never above the truth.
      const rect = child.getBoundingClientRect().height
      sum += child instanceof HTMLElement ? Math.min(rect, child.offsetHeight - 0.5) : rect
    }
  }
  return Math.max(0, sum)
}

/**
 * The lowest level that may fit, from one layout with everything shown (level 0, which does not
 * fit): every level below it certainly does not, as the parts it keeps already overflow the box.
 * Undefined when the style sheets cannot tell what each level leaves out.
 */
function firstCandidate(el: HTMLElement, levels: number, room: number): number | undefined {
  const rules = dropRules(levels)
  if (!rules || !stacks(getComputedStyle(el))) return undefined
  for (let level = 1; level < levels; level++) {
    const hidden = new Set<Element>()
    try {
      for (const rule of rules)
        if (rule.levels.includes(level))
          for (const part of Array.from(el.querySelectorAll(rule.parts))) hidden.add(part)
    } catch {
      return undefined // a selector this page's engine does not take apart
    }
    const losing = new Set<Element>()
    for (const part of hidden)
      for (let up = part.parentElement; up && up !== el && !losing.has(up); up = up.parentElement)
        losing.add(up)
    if (heightWithout(el, hidden, losing) <= room) return level
  }
  return levels
}

/**
 * Keeps a block inside its box without scrolling: it sets `data-fit` on the element to the
 * lowest level (0 = everything) at which its content fits, CSS hiding the least needed parts
 * level by level (the why, then the what, then the details; every level hides at least what the
 * one below it hides). Re-measured when `key` changes (in the animation frame that follows,
 * before it is painted), when the box is resized and when parts arrive late. Imperative on
 * purpose: no extra render.
 *
 * Each measurement forces a layout of the block, so they are few (the flow plays with no long
 * task over 50 ms, `npm run bench`). One layout with everything shown says whether it all fits
 * and, if not, from the heights of the parts each level keeps (the style sheets' `[data-fit]`
 * rules say which), the lowest level that can fit: one more layout at that level, the one the
 * frame paints, confirms it (a bisection of the levels above it when it does not). A resize
 * that leaves the box as it was (its parts re-flowing under a new level) measures nothing.
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
      el.dataset.fit = '0'
      box = `${el.clientWidth}×${el.clientHeight}`
      const room = el.clientHeight + 1
      if (el.scrollHeight <= room) return
      // The lowest fitting level lies in [low, high]; the last level is the last resort.
      let low = firstCandidate(el, levels, room) ?? 1
      let high = levels
      // The bound is seldom off by more than a level: the candidate, then the level above it.
      for (let tries = 0; tries < 2 && low < high; tries++) {
        if (fits(low)) high = low
        else low += 1
      }
      while (low < high) {
        const middle = (low + high) >> 1
        if (fits(middle)) high = middle
        else low = middle + 1
      }
      el.dataset.fit = String(high)
    }
    // Measured in the next frame, before it is painted (animation frame callbacks run before the
    // frame's style, layout and paint): the step's change (React's render and commit) and its
    // measurement are two tasks, not one long one, and the frame that shows the step shows it
    // fitted.
    let frame = requestAnimationFrame(fit)
    // The box and its parts: a late style sheet or font changes the parts, not the box.
    const observer = new ResizeObserver(() => {
      if (`${el.clientWidth}×${el.clientHeight}` !== box) fit()
    })
    observer.observe(el)
    // Parts that arrive later (bytes computed with WebCrypto) change the content, not the box.
    const later = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(fit)
    }
    const mutations = new MutationObserver(later)
    mutations.observe(el, { childList: true, subtree: true })
    // So do fonts that finish loading (the event, not `document.fonts.ready`: reading that
    // promise makes the browser lay the page out there and then, in the step's task).
    const fonts = document.fonts as FontFaceSet | undefined
    fonts?.addEventListener('loadingdone', later)
    return () => {
      observer.disconnect()
      mutations.disconnect()
      fonts?.removeEventListener('loadingdone', later)
      cancelAnimationFrame(frame)
    }
  }, [ref, key, levels])
}
