import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sampleAccountDetails, sampleProviders, sampleTrustPolicy } from '../scenarios/audit/sample'
import { run } from './audit'

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await run(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  })
  return { code, stdout, stderr }
}

async function files() {
  const dir = await mkdtemp(join(tmpdir(), 'irsa-audit-'))
  const account = join(dir, 'account.json')
  const providers = join(dir, 'providers.json')
  await writeFile(account, JSON.stringify(sampleAccountDetails(20, true)))
  await writeFile(providers, JSON.stringify(sampleProviders()))
  const policies = join(dir, 'policies')
  await import('node:fs/promises').then((fs) => fs.mkdir(policies))
  await writeFile(join(policies, 'good.json'), JSON.stringify(sampleTrustPolicy(0)))
  await writeFile(join(policies, 'open.json'), JSON.stringify(sampleTrustPolicy(3)))
  return { dir, account, providers, policies }
}

describe('irsa-lab audit', { timeout: 30_000 }, () => {
  it('prints the table, risky roles first, and fails on high findings when asked', async () => {
    const { account, providers } = await files()
    const plain = await cli([account, providers])
    expect(plain.code).toBe(0)
    const lines = plain.stdout.split('\n')
    expect(lines[0]).toMatch(/^SEVERITY\s+ROLE\s+SERVICE ACCOUNTS\s+FINDINGS$/)
    expect(lines[1]).toMatch(/^high\s/)
    expect((await cli([account, providers, '--fail-on', 'high'])).code).toBe(1)
  })

  it('--json prints the contract; a folder of trust policies is read file by file', async () => {
    const { policies } = await files()
    const out = await cli([policies, '--json', '--fail-on=medium'])
    expect(out.code).toBe(1)
    const json = JSON.parse(out.stdout) as {
      roles: { arn: string; findings: { code: string }[] }[]
    }
    expect(json.roles.map((r) => [r.arn, r.findings.map((f) => f.code)])).toEqual([
      ['open', ['audit.sub.missing']],
      ['good', []],
    ])
    expect((await cli([join(policies, 'good.json'), '--fail-on', 'low'])).code).toBe(0)
  })

  it('bad input exits 2 with a clear message', async () => {
    const { dir } = await files()
    const other = join(dir, 'event.json')
    await writeFile(other, '{"eventName":"CreateBucket"}')
    const out = await cli([other])
    expect(out.code).toBe(2)
    expect(out.stderr).toMatch(/Not recognised/)
    expect((await cli([join(dir, 'missing.json')])).stderr).toMatch(/ENOENT/)
    expect((await cli(['--fail-on', 'urgent', 'x'])).code).toBe(2)
  })
})
