/**
 * Large but realistic inputs for the scale rows (issue #18): a trust policy of many statements
 * (one per cluster/namespace, each listing a few ServiceAccounts), a JWKS with many keys (the
 * signing key last), a long pod manifest (many containers with env and mounts). Each builder takes
 * the size, so the bench times N and 2N and checks the growth is linear.
 */
import type { Scenario } from '../../src/engine'

/** A trust policy of `statements` Allow statements and `subs` :sub values in all (spread evenly);
 * the scenario's own ServiceAccount is the very last value of the last statement. */
export function largeTrustPolicy(
  hostPath: string,
  federated: string,
  statements: number,
  subs: number,
  matchingSub: string,
): string {
  const perStatement = Math.max(1, Math.round(subs / statements))
  const Statement = Array.from({ length: statements }, (_, s) => {
    const values = Array.from(
      { length: perStatement },
      (_, v) => `system:serviceaccount:team-${s}:app-${v}`,
    )
    if (s === statements - 1) values[values.length - 1] = matchingSub
    return {
      Sid: `Team${s}`,
      Effect: 'Allow',
      Principal: { Federated: federated },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { [`${hostPath}:aud`]: 'sts.amazonaws.com', [`${hostPath}:sub`]: values },
      },
    }
  })
  return JSON.stringify({ Version: '2012-10-17', Statement }, null, 2)
}

/** A JWKS of `count` keys: `others` first (other clusters' or rotated keys), the signing key last. */
export function largeJwks(
  signing: Record<string, unknown>,
  others: readonly Record<string, unknown>[],
  count: number,
): Scenario['cluster']['jwks'] {
  return { keys: [...others.slice(0, Math.max(0, count - 1)), signing] }
}

/** The scenario's pod manifest grown to about `lines` lines with further containers. */
export function largePod(pod: string, lines: number): string {
  const container = (i: number) => [
    `    - name: sidecar-${i}`,
    `      image: public.ecr.aws/docker/library/busybox:1.${i}`,
    '      command: ["sh", "-c", "sleep 3600"]',
    '      env:',
    '        - name: LOG_LEVEL',
    '          value: info',
    `        - name: SIDECAR_INDEX`,
    `          value: "${i}"`,
    '      volumeMounts:',
    `        - name: scratch-${i}`,
    '          mountPath: /scratch',
    '      resources:',
    '        limits: { cpu: 100m, memory: 64Mi }',
  ]
  const out = pod.trimEnd().split('\n')
  for (let i = 0; out.length + 13 <= lines; i++) out.push(...container(i))
  return out.join('\n') + '\n'
}
