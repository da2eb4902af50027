import { useTranslation } from '../../i18n/useTranslation'
import type { PodIdentityScenario, PodIdentityTrace } from '../../engine'
import { useAppStore } from '../../state/store'

/**
 * What each side needs in IAM and EKS: the IRSA trust policy (Federated OIDC provider,
 * sts:AssumeRoleWithWebIdentity) against the Pod Identity one (pods.eks.amazonaws.com,
 * sts:AssumeRole + sts:TagSession), the association, and the session tags EKS Auth set.
 */
export function SetupDetails({
  scenario,
  trace,
}: {
  scenario: PodIdentityScenario
  trace: PodIdentityTrace
}) {
  const { t } = useTranslation()
  const irsaTrust = useAppStore((s) => s.draft?.trustPolicy ?? '')
  const association = trace.association ?? scenario.associations[0]
  const tags = Object.entries(trace.sessionTags ?? {})
  return (
    <div className="pi__setup">
      <section className="pi__trust" aria-labelledby="pi-trust-title">
        <h3 id="pi-trust-title">{t('podIdentity.trust.title')}</h3>
        <div className="pi__pair">
          <figure>
            <figcaption>{t('podIdentity.trust.irsa')}</figcaption>
            <pre className="code" tabIndex={0} aria-label={t('podIdentity.trust.irsa')}>
              {irsaTrust}
            </pre>
          </figure>
          <figure>
            <figcaption>{t('podIdentity.trust.podIdentity')}</figcaption>
            <pre className="code" tabIndex={0} aria-label={t('podIdentity.trust.podIdentity')}>
              {scenario.aws.roles[0]?.trustPolicy ?? ''}
            </pre>
          </figure>
        </div>
      </section>
      <div className="pi__pair">
        <section aria-labelledby="pi-association-title">
          <h3 id="pi-association-title">{t('podIdentity.association.title')}</h3>
          <p className="muted">{t('podIdentity.association.intro')}</p>
          {association && (
            <dl className="pi__facts">
              <dt>clusterName</dt>
              <dd>{association.clusterName}</dd>
              <dt>namespace</dt>
              <dd>{association.namespace}</dd>
              <dt>serviceAccount</dt>
              <dd>{association.serviceAccount}</dd>
              <dt>roleArn</dt>
              <dd>{association.roleArn}</dd>
              {'associationId' in association && association.associationId && (
                <>
                  <dt>associationId</dt>
                  <dd>{association.associationId}</dd>
                </>
              )}
            </dl>
          )}
        </section>
        <section aria-labelledby="pi-tags-title">
          <h3 id="pi-tags-title">{t('podIdentity.tags.title')}</h3>
          <p className="muted">{t('podIdentity.tags.intro')}</p>
          {tags.length === 0 ? (
            <p>{t('podIdentity.tags.none')}</p>
          ) : (
            <table className="pi__table">
              <thead>
                <tr>
                  <th scope="col">{t('podIdentity.tags.key')}</th>
                  <th scope="col">{t('podIdentity.tags.value')}</th>
                </tr>
              </thead>
              <tbody>
                {tags.map(([key, value]) => (
                  <tr key={key}>
                    <th scope="row">
                      <code>{key}</code>
                    </th>
                    <td>
                      <code>{value}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  )
}
