/**
 * For tests and the fuzz suite: drafts whose user values are hostile, and the check that the
 * exported commands never put one of them where an option may start.
 */
import fc from 'fast-check'
import type { ScenarioDraft } from '../draft'
import { exportCommands, type CommandBlock } from './commands'
import { refusal } from './safety'
import { shellCommands } from './shellWords'
import { sampleDraft } from './testing'
import { fakeToken } from '../import/testing/samples'

/** The values an export prints that a draft (or a link) controls. */
export interface HostileValues {
  namespace: string
  serviceAccount: string
  roleName: string
  clientIds: string[]
  thumbprints: string[]
  roleSessionName: string
  requestRoleArn: string
  audience: string
}

const CRAFTED = [
  '--endpoint-url=http://127.0.0.1:4999',
  '--server=http://127.0.0.1:4999',
  '-n',
  '--',
  '-',
  '--debug',
  'file:///etc/passwd',
  'fileb://key.bin',
  'https://127.0.0.1:4999/x',
  'example-sa\u200b',
  'a\u202eb',
  'x\ny',
  'tab\there',
  'bell\u0007',
  "it's",
  '$(id)',
  '`id`',
  '"quoted"',
  'a b',
  'a=b',
  '*',
  '#hash',
  '~',
  'ok',
]

/** A value: crafted, drawn from shell-special characters, or any string. */
export const hostileValue = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...CRAFTED),
    fc.string({
      unit: fc.constantFrom(...'-=ab \'"$`\\\n\t;|&<>()#*~:/.\u200b\u202e'.split('')),
      minLength: 1,
      maxLength: 12,
    }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  )

export const hostileValues = (): fc.Arbitrary<HostileValues> =>
  fc.record({
    namespace: hostileValue(),
    serviceAccount: hostileValue(),
    roleName: hostileValue(),
    clientIds: fc.array(hostileValue(), { minLength: 1, maxLength: 3 }),
    thumbprints: fc.array(hostileValue(), { maxLength: 2 }),
    roleSessionName: hostileValue(),
    requestRoleArn: hostileValue(),
    audience: hostileValue(),
  })

/** A draft that carries the values (YAML and JSON written with JSON's escapes, so any string fits). */
export function hostileDraft(v: HostileValues): ScenarioDraft {
  return sampleDraft({
    serviceAccount: `apiVersion: v1\nkind: ServiceAccount\nmetadata: ${JSON.stringify({
      name: v.serviceAccount,
      namespace: v.namespace,
    })}\n`,
    roleName: v.roleName,
    token: fakeToken({ aud: [v.audience] }),
    oidcProviders: JSON.stringify([
      {
        url: 'https://oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF',
        clientIds: v.clientIds,
        thumbprints: v.thumbprints,
      },
    ]),
    request: JSON.stringify({ roleArn: v.requestRoleArn, roleSessionName: v.roleSessionName }),
  })
}

/** The options each command may be given (name before `=`, or a flag). */
const OPTIONS: Record<string, readonly string[]> = {
  aws: [
    '--url',
    '--client-id-list',
    '--thumbprint-list',
    '--role-name',
    '--assume-role-policy-document',
    '--max-session-duration',
    '--policy-name',
    '--policy-document',
    '--role-arn',
    '--role-session-name',
    '--web-identity-token',
    '--region',
    '--duration-seconds',
  ],
  kubectl: ['--namespace', '--overwrite', '--audience'],
  eksctl: [
    '--cluster',
    '--namespace',
    '--name',
    '--role-name',
    '--attach-policy-arn',
    '--attach-role-arn',
    '--override-existing-serviceaccounts',
    '--approve',
  ],
  cat: [],
}

/** Fixed words: the programs' subcommands and resource types. */
const SUBCOMMANDS = new Set([
  'iam',
  'sts',
  'create-open-id-connect-provider',
  'create-role',
  'update-assume-role-policy',
  'put-role-policy',
  'create-policy',
  'assume-role-with-web-identity',
  'annotate',
  'serviceaccount',
  'create',
  'token',
  'iamserviceaccount',
])

/**
 * What is wrong with the commands exported from `draft`: a word in an option position that is not
 * one of the options we write, a word between the program and `--` that is not a fixed
 * subcommand, or a refused value that was printed anyway, or a block refused without a reason.
 * An empty list means no user value can be read as an option.
 */
export function exportProblems(draft: ScenarioDraft, values?: HostileValues): string[] {
  const problems: string[] = []
  let blocks: CommandBlock[]
  try {
    blocks = exportCommands(draft)
  } catch (error) {
    return [`exportCommands threw: ${String(error)}`]
  }
  for (const block of blocks) {
    if (block.refusals.length > 0) {
      if (block.text !== '') problems.push(`${block.id}: refused but printed`)
      continue
    }
    let commands
    try {
      commands = shellCommands(block.text)
    } catch (error) {
      problems.push(`${block.id}: the shell would not read it as written (${String(error)})`)
      continue
    }
    for (const { argv } of commands) {
      const [program, ...rest] = argv
      if (program === undefined) continue // an assignment alone (CLUSTER_NAME='my-cluster')
      const options = OPTIONS[program]
      if (!options) {
        problems.push(`${block.id}: runs ${program}`)
        continue
      }
      const dash = rest.indexOf('--')
      for (const word of dash === -1 ? rest : rest.slice(0, dash)) {
        if (word.startsWith('-')) {
          const name = word.split('=')[0]!
          if (!options.includes(name))
            problems.push(`${block.id}: ${JSON.stringify(word)} in an option position`)
        } else if (program !== 'cat' && !SUBCOMMANDS.has(word))
          problems.push(`${block.id}: ${JSON.stringify(word)} where an option may start`)
      }
    }
  }
  if (values) {
    // Every printed block's values were safe; every unsafe value refused its blocks.
    const byId = Object.fromEntries(blocks.map((b) => [b.id, b]))
    const mustRefuse = (id: string, unsafe: boolean) => {
      const b = byId[id]
      if (b && unsafe && b.refusals.length === 0) problems.push(`${id}: printed an unsafe value`)
    }
    const aws = (v: string) => !!refusal('roleName', v, 'aws')
    const kube = (v: string) => !!refusal('namespace', v, 'kube')
    mustRefuse('oidcProvider', [...values.clientIds, ...values.thumbprints].some(aws))
    mustRefuse('role', aws(values.roleName))
    mustRefuse('annotate', kube(values.namespace) || kube(values.serviceAccount))
    mustRefuse(
      'assume',
      [values.audience, values.namespace, values.serviceAccount].some(kube) ||
        [values.roleSessionName, values.requestRoleArn].some(aws),
    )
  }
  return problems
}
