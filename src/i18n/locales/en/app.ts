export const app = {
  title: 'IRSA Lab',
  tagline: 'IAM Roles for Service Accounts, step by step, in your browser',
  privacy: 'Nothing leaves this page: keys, tokens and policies stay in your browser.',
  loading: 'Generating a cluster key and a ServiceAccount token…',
  theme: { label: 'Theme', system: 'System', light: 'Light', dark: 'Dark' },
  language: { label: 'Language' },
  regions: { inputs: 'Inputs', verdict: 'Verdict' },
  skipToVerdict: 'Skip to the verdict',
}
