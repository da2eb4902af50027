/**
 * npm run bench — every performance figure side by side, in one table, each against its floor or
 * budget. Budgets are checked here, not in timed tests: a row over its budget fails the run.
 *
 * - the engine, in Node (scripts/bench/node.ts): simulate() ÷ jose jwtVerify with the key already
 *   imported; evaluatePolicy() vs @cloud-copilot/iam-simulate (same decisions, or the run fails);
 *   the scale rows (50-statement trust policy, 20-key JWKS, 300-line pod: linear growth);
 *   share-link lengths;
 * - the build (scripts/bench/bundle.ts): JavaScript before the verdict, and in total;
 * - headless Chromium (scripts/bench/browser.ts): playback, keystroke → verdict ÷ a bare Monaco
 *   editor, first visit ÷ a bare React DOM + jose page (scripts/bench/floors/), CLS, heap after
 *   1,000 edits.
 *
 * Floors are measured in the same run, alternating with what they floor (medians), so a busy
 * machine slows both alike. Run after `vite build` (the npm script does). BENCH_URL=<url> measures
 * a running app instead; BENCH_ONLY=node,audit,adversarial,bundle,playback,keys,visit,heap,auditui
 * runs a subset (auditui: the account audit in the browser, 2,000 roles pasted → table painted).
 */
import { auditRows } from './bench/audit'
import { adversarialRows } from './bench/adversarial'
import { browserRows } from './bench/browser'
import { measureBundle } from './bench/bundle'
import { nodeRows } from './bench/node'
import { printTable, type Row } from './bench/table'
import { loadYamlLibrary } from '../src/engine'

/** The budget the issue set for the JavaScript before the verdict (gzip). */
const UP_FRONT_TARGET_KB = 150
/**
 * Our share of it (engine, first-screen messages, shell), enforced: the libraries alone (React
 * 19, i18next, jose, jsonc-parser, zustand; yaml loads on first need since 7 Dec) take ~91 KB of
 * the 150, and the engine with the messages the verdict needs another ~93 KB, so the 150 KB target
 * is out of this stack's reach; this guards what we control. It was 64 KB on 29 Nov (60 KB then,
 * plus 4 KB of headroom). The issues since put more on the first screen: the engine's later
 * checks, the toolbar's tools, their messages, and the bundler's module wrappers that let the
 * first screen load as four chunks (README, "Our share of the up-front JavaScript"). 92 KB on
 * 7 Dec, plus the same 4 KB.
 */
const OURS_BUDGET_KB = 96

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

const only = process.env.BENCH_ONLY?.split(',')
const want = (...parts: string[]) => !only || parts.some((part) => only.includes(part))

// The engine's YAML library loads on first need (src/engine/text/yamlLibrary.ts): not inside a timing.
await loadYamlLibrary()
const rows: Row[] = want('node') ? await nodeRows() : []
if (want('audit')) rows.push(...auditRows())
if (want('adversarial')) rows.push(...(await adversarialRows()))

const bundle = want('bundle') ? await measureBundle() : undefined
if (bundle)
  rows.push(
    {
      name: `JS before the verdict (${bundle.upFrontFiles} files, gzip)`,
      value: kb(bundle.upFrontGzip),
      budget: `≤ ${UP_FRONT_TARGET_KB} KB`,
      ok: bundle.upFrontGzip <= UP_FRONT_TARGET_KB * 1024,
      target: true,
    },
    {
      name: '  … libraries (React, i18next, jose, jsonc-parser, zustand)',
      value: kb(bundle.librariesGzip),
      ok: true,
    },
    {
      name: '  … ours (engine, first-screen messages, shell)',
      value: kb(bundle.oursGzip),
      budget: `≤ ${OURS_BUDGET_KB} KB`,
      ok: bundle.oursGzip <= OURS_BUDGET_KB * 1024,
    },
    {
      name: `JS in total (${bundle.totalFiles} files, gzip; Monaco included)`,
      value: kb(bundle.totalGzip),
      ok: true,
    },
  )

if (want('playback', 'keys', 'visit', 'heap', 'auditui')) rows.push(...(await browserRows()))

const { failed } = printTable(rows)
process.exitCode = failed > 0 ? 1 : 0
