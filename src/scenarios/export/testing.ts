/** A draft for the exporters' tests: the photo uploader of the import samples. */
import type { ScenarioDraft } from '../draft'
import * as s from '../import/testing/samples'

export function sampleDraft(patch: Partial<ScenarioDraft> = {}): ScenarioDraft {
  return {
    token: s.fakeToken(),
    serviceAccount: s.SA_YAML,
    pod: '',
    issuer: s.ISSUER,
    jwks: s.JWKS,
    oidcProviders: JSON.stringify([
      {
        url: s.ISSUER,
        clientIds: ['sts.amazonaws.com'],
        thumbprints: ['9e99a48a9960b14926bb7f3b02e22da2b0ab7280'],
      },
    ]),
    accountId: s.ACCOUNT,
    roleName: 'photo-uploader',
    maxSessionDuration: 3600,
    trustPolicy: JSON.stringify(s.TRUST_POLICY, null, 2),
    permissionPolicy: JSON.stringify(s.PERMISSION_POLICY, null, 2),
    request: '{}',
    now: '2026-03-02T08:05:00.000Z',
    call: { action: 's3:PutObject', resource: 'arn:aws:s3:::photos-prod-uploads/cat.jpg' },
    ...patch,
  }
}
