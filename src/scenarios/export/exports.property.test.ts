import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportCommands } from './commands'
import { exportProblems, hostileDraft, hostileValues } from './exportChecks'
import { refusal } from './safety'
import { shellCommands } from './shellWords'
import { exportTerraform } from './terraform'
import { sampleDraft } from './testing'

const byId = (draft = sampleDraft()) =>
  Object.fromEntries(exportCommands(draft).map((b) => [b.id, b]))

describe(shellCommands, () => {
  it('reads words as sh does: quotes, continuations, assignments, redirections, here-documents', () => {
    const script = [
      "X='a b'",
      "cat > f.json <<'EOF'",
      '{"a": "$(id)"}',
      'EOF',
      'aws iam create-role \\',
      "  --role-name='it'\\''s' \\",
      '  --cluster="$X" -- \'-n\' > out # note',
    ].join('\n')
    expect(shellCommands(script)).toEqual([
      { argv: [], assignments: ['X=a b'], redirects: [] },
      { argv: ['cat'], assignments: [], redirects: ['f.json'] },
      {
        argv: ['aws', 'iam', 'create-role', "--role-name=it's", '--cluster=$X', '--', '-n'],
        assignments: [],
        redirects: ['out'],
      },
    ])
  })

  it('refuses what an export must never contain unquoted', () => {
    for (const script of ['a | b', 'a && b', 'a $(b)', 'a `b`', "a 'b", 'cat <<EOF\nx\nEOF'])
      expect(() => shellCommands(script)).toThrow()
  })
})

describe('exports that cannot be turned into options', () => {
  it('the issue’s crafted client ID and ServiceAccount name are refused, with why', () => {
    const blocks = byId(
      hostileDraft({
        namespace: 'photos',
        serviceAccount: '--server=http://127.0.0.1:4999',
        roleName: 'photo-uploader',
        clientIds: ['--endpoint-url=http://127.0.0.1:4999'],
        thumbprints: [],
        roleSessionName: 'irsa-lab',
        requestRoleArn: 'arn:aws:iam::111122223333:role/photo-uploader',
        audience: 'sts.amazonaws.com',
      }),
    )
    expect(blocks.oidcProvider).toMatchObject({
      text: '',
      refusals: [{ field: 'clientId', reason: 'optionLike' }],
    })
    expect(blocks.annotate).toMatchObject({
      text: '',
      refusals: [{ field: 'serviceAccount', reason: 'optionLike' }],
    })
    expect(blocks.role?.refusals).toEqual([])
    expect(blocks.role?.text).toContain('--role-name=photo-uploader')
  })

  it.each([
    ['example-sa\u200b', { reason: 'zeroWidth', codePoint: 'U+200B', index: 11 }],
    ['a\u202eb', { reason: 'bidi', codePoint: 'U+202E', index: 2 }],
    ['x\ny', { reason: 'control', codePoint: 'U+000A', index: 2 }],
    ['file:///etc/passwd', { reason: 'paramFile' }],
    ['https://example.com/x', { reason: 'paramFile' }],
    ['-x', { reason: 'optionLike' }],
  ])('a role name %j is refused: %o', (roleName, expected) => {
    expect(byId(sampleDraft({ roleName })).role?.refusals).toEqual([
      { field: 'roleName', ...expected },
    ])
  })

  it('a bidi override in the trust policy refuses the block that writes it to a file', () => {
    const trustPolicy = sampleDraft().trustPolicy.replace('photos', 'photos\u202e')
    expect(byId(sampleDraft({ trustPolicy })).role?.refusals).toEqual([
      { field: 'trustPolicy', reason: 'bidi', codePoint: 'U+202E', index: expect.any(Number) },
    ])
    expect(exportTerraform(sampleDraft({ trustPolicy }))).toMatchObject({
      text: '',
      refusals: [{ field: 'trustPolicy', reason: 'bidi', codePoint: 'U+202E' }],
    })
  })

  it('Terraform takes option-like names (no command line) but not invisible characters', () => {
    expect(exportTerraform(sampleDraft({ roleName: '--x' })).refusals).toEqual([])
    expect(exportTerraform(sampleDraft({ roleName: 'x\u200b' })).refusals).toEqual([
      { field: 'roleName', reason: 'zeroWidth', codePoint: 'U+200B', index: 2 },
    ])
  })

  it('providers JSON without client IDs, or with a string, still exports', () => {
    for (const oidcProviders of [
      '[{"url": "https://oidc.example.com"}]',
      '[{"url": "https://oidc.example.com", "clientIds": "sts.amazonaws.com"}]',
      '{"not": "a list"}',
    ]) {
      expect(() => exportCommands(sampleDraft({ oidcProviders }))).not.toThrow()
      expect(() => exportTerraform(sampleDraft({ oidcProviders }))).not.toThrow()
    }
  })

  it('property: whatever the values, every command parses and no user value is in an option position', () => {
    fc.assert(
      fc.property(hostileValues(), (values) => {
        expect(exportProblems(hostileDraft(values), values)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('property: the same for a role that exists (update-assume-role-policy, eksctl --attach-role-arn)', () => {
    fc.assert(
      fc.property(hostileValues(), (values) => {
        const draft = { ...hostileDraft(values), existingRole: true }
        expect(exportProblems(draft, values)).toEqual([])
        const role = byId(draft).role
        if (role?.text) expect(role.text).toContain('aws iam update-assume-role-policy')
      }),
      { numRuns: 200 },
    )
  })

  it('property: a safe value is printed, bound to its option, exactly as written', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }).filter((v) => !refusal('roleName', v, 'aws')),
        (roleName) => {
          const role = byId(sampleDraft({ roleName })).role
          const argv = shellCommands(role?.text ?? '').find((c) => c.argv[0] === 'aws')?.argv
          expect(argv).toContain(`--role-name=${roleName}`)
        },
      ),
      { numRuns: 200 },
    )
  })
})
