/**
 * The wall's verdicts: each pasted link verified once per page (the engine re-runs the challenge's
 * check on the link's scenario), one at a time so that a paste of forty links keeps the page
 * responsive. Verdicts live in memory only: the wall stores links, never results.
 */
import { useEffect, useReducer } from 'react'
import { findChallenge } from '../../learning/challenges'
import { verifyProof, type ProofVerdict } from '../../learning/challenges/proof'

const verdicts = new Map<string, ProofVerdict>()
const inFlight = new Map<string, Promise<ProofVerdict>>()

function verifyOnce(link: string): Promise<ProofVerdict> {
  let promise = inFlight.get(link)
  if (!promise) {
    promise = verifyProof(link, findChallenge).then((verdict) => {
      verdicts.set(link, verdict)
      inFlight.delete(link)
      return verdict
    })
    inFlight.set(link, promise)
  }
  return promise
}

/** The verdict of each link, in order; undefined while it is being checked. */
export function useWallVerdicts(links: readonly string[]): (ProofVerdict | undefined)[] {
  const [, changed] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    let alive = true
    void (async () => {
      for (const link of links) {
        if (!alive) return
        if (verdicts.has(link)) continue
        await verifyOnce(link)
        if (alive) changed()
      }
    })()
    return () => {
      alive = false
    }
  }, [links])
  return links.map((link) => verdicts.get(link))
}
