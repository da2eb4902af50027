import { useEffect, useRef, useState } from 'react'
import { generateClusterKey } from '../../engine'
import { useAppStore } from '../../state/store'
import {
  runPodIdentity,
  toPodIdentity,
  type PodIdentityKey,
  type PodIdentityRun,
} from './toPodIdentity'

/**
 * The Pod Identity side for the current scenario, re-run whenever the scenario or its key changes
 * while `active` (the dialog is open). A slower, older run never overwrites a newer one.
 */
export function usePodIdentity(active: boolean): PodIdentityRun | undefined {
  // The scenario of the store's run: the one the IRSA verdict is for.
  const scenario = useAppStore((s) => s.scenario)
  const signingKey = useAppStore((s) => s.signingKey)
  const [run, setRun] = useState<PodIdentityRun>()
  const demoKey = useRef<PodIdentityKey>(undefined)
  useEffect(() => {
    if (!active || !scenario) return
    let current = true
    void (async () => {
      const inputs = toPodIdentity(scenario, signingKey)
      if (inputs.demoKey && !demoKey.current) demoKey.current = await generateClusterKey()
      const result = await runPodIdentity(inputs, demoKey.current)
      if (current) setRun(result)
    })()
    return () => {
      current = false
    }
  }, [active, scenario, signingKey])
  return run
}
