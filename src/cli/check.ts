import type { CliIo } from './command'

export async function run(_args: string[], io: CliIo): Promise<number> {
  io.stderr('irsa-lab check: not implemented yet\n')
  return 2
}
