/// <reference types="node" />
/**
 * The installed entry point, as a user runs it (`npx irsa-lab …` runs bin/irsa-lab.mjs): a real
 * process, a real socket. The protocol's details are in stsProtocol.test.ts, the clients in
 * realClients.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stsMaterial } from './testing'

const HANG_GUARD = 90_000
const BIN = join(import.meta.dirname, '../../bin/irsa-lab.mjs')
let dir: string
let child: ChildProcess
let output = ''
let endpoint: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'irsa-lab-bin-'))
  const { scenario } = await stsMaterial()
  const file = join(dir, 'scenario.json')
  writeFileSync(file, JSON.stringify(scenario))
  child = spawn(process.execPath, [BIN, 'sts', '--scenario', file, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (output += text))
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (output += text))
  endpoint = await new Promise<string>((resolve, reject) => {
    const poll = setInterval(() => {
      const match = output.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)
      if (match) {
        clearInterval(poll)
        resolve(match[1]!)
      }
    }, 50)
    child.once('exit', (code) => {
      clearInterval(poll)
      reject(new Error(`irsa-lab sts exited (${code}): ${output}`))
    })
  })
}, HANG_GUARD)

afterAll(() => {
  child?.kill('SIGTERM')
  rmSync(dir, { recursive: true, force: true })
})

describe('bin/irsa-lab.mjs sts', () => {
  it(
    'answers over HTTP with an ErrorResponse, its status and x-amzn-RequestId, and logs the request',
    async () => {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: 'Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fexample-role&RoleSessionName=me&WebIdentityToken=not-a-jwt',
      })
      const requestId = response.headers.get('x-amzn-requestid')
      expect(response.status).toBe(400)
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/)
      const body = await response.text()
      expect(body).toContain('<Code>InvalidIdentityToken</Code>')
      expect(body).toContain(`<RequestId>${requestId}</RequestId>`)
      await expect
        .poll(() => output)
        .toContain(
          `${requestId} AssumeRoleWithWebIdentity denied 400 InvalidIdentityToken at sts.token`,
        )
    },
    HANG_GUARD,
  )

  it(
    'stops on SIGTERM with exit code 0',
    async () => {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    },
    HANG_GUARD,
  )
})
