/** Trust and safety (issue #15): privacy, storage, error boundaries, the share link's contents. */
export const safety = {
  storage: {
    notSaved: 'Not saved on this device',
    'notSaved-blocked':
      'This browser does not let the page store anything: your work lasts until the tab closes. The verdict keeps updating.',
    'notSaved-quota':
      'This device’s storage for the page is full: your latest edits are not saved. The verdict keeps updating.',
    'notSaved-too-large':
      'This scenario is too large to save on this device: your latest edits are not saved. The verdict keeps updating.',
    readOnly: 'This view does not save anything on this device.',
  },
  privacy: {
    remember: 'Remember this scenario on this device',
    rememberHint:
      'Off: a real token, pod env values and annotations are kept in this tab only, never stored.',
    forget: 'Forget everything on this device',
    forgetTitle: 'Forget everything on this device?',
    forgetBody:
      'This removes your saved scenario, the undo history, tour and challenge progress, your language and theme choices and the offline copy of the app from this browser. The scenario on screen is replaced by the default one.',
    forgetConfirm: 'Forget everything',
    cancel: 'Cancel',
  },
  share: {
    contentsTitle: 'What this link contains',
    scenario: 'The scenario’s edits against the “{{preset}}” scenario',
    fields: 'Edited inputs: {{fields}}',
    noFields: 'No edited inputs (the scenario as it is in the gallery)',
    tokenClaims: 'The token’s claims only, re-signed with a demo key when opened',
    tokenDemo: 'The token, signed with a throwaway demo key generated in this browser',
    tokenReal: 'The real token, as it is: anyone with the link can use it until it expires',
    tokenNone: 'No token (the scenario rebuilds its own)',
    podRedacted: 'Pod env values and annotations: {{count}} replaced by REDACTED',
    podIncluded: 'Pod env values and annotations: included as they are',
    podDropped: 'The pod manifest: left out (it could not be read to redact it)',
    privateJwk: 'Private key members (d, p, q, dp, dq, qi, oth, k): removed from the JWKS',
    step: 'The selected step ({{step}})',
    includeReal: 'Include the real token and pod values',
  },
  file: {
    legend: 'Before you download',
    contentsTitle: 'What this file contains',
    realToken:
      'This scenario holds a real token. Anyone with the file could use it until it expires.',
    redact: 'Leave out the token’s signature and the pod’s env values and annotations',
    include: 'Include the real token and pod values as they are',
    'token-real': 'The real token, as it is: anyone with the file can use it until it expires',
    'token-unsigned':
      'The real token’s header and claims, without its signature (STS would refuse it)',
    'token-demo': 'The token, signed with a throwaway demo key generated in this browser',
  },
  update: {
    ready: 'A new version of IRSA Lab is ready.',
    body: 'Reloading keeps your scenario (a real token only if you chose to remember it).',
    reload: 'Reload to update',
    later: 'Later',
  },
  boundary: {
    title: 'This part of the page stopped working',
    body: 'Your scenario is safe: nothing was lost. Reload the page, or start over with the default scenario (a copy of your last good scenario is kept and can be restored with Undo).',
    reload: 'Reload',
    startOver: 'Start over',
    newVersion: 'A new version is available — reload',
    newVersionBody:
      'This tab is from an older version of the page and one of its parts is no longer on the server.',
  },
}
