export const steps = {
  title: 'What happened',
  listLabel: 'Steps of the IRSA chain',
  status: { pass: 'passed', fail: 'failed', skip: 'skipped', info: 'note' },
  assumption: 'Assumption: {{text}}',
}

export const findings = {
  title: 'Findings',
  none: 'Nothing to report about the inputs.',
  severity: { error: 'error', warning: 'warning', info: 'note' },
}
