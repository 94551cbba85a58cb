import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { ExternalLink } from '../../../components/ui/text-link';
import { useSettings } from '../api/get-settings';
import { Address } from '../components/address';

const listSections = ['data', 'purposes', 'recipients', 'retention', 'rights'] as const;

/** The configured retention period, as the portal's daily deletion applies it. */
function CaseRetentionItem() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <li>
      {settings.data
        ? t('legal.privacy.retention.casesPeriod', { count: settings.data.retentionDays })
        : t('legal.privacy.retention.cases')}
    </li>
  );
}

/** Datenschutzhinweise nach Art. 13 DSGVO, kurz gefasst. */
export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <article className="app-prose kern-stack-lg">
      <PageHeading title={t('legal.privacy.title')}>{t('legal.privacy.intro')}</PageHeading>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.privacy.controller.heading')}</h2>
        <p className="kern-body">{t('legal.privacy.controller.text')}</p>
        <Address />
        <p className="kern-body">{t('legal.privacy.controller.dpo')}</p>
      </section>
      {listSections.map((section) => (
        <section className="kern-stack-sm" key={section}>
          <h2 className="kern-heading-medium">{t(`legal.privacy.${section}.heading`)}</h2>
          <p className="kern-body">{t(`legal.privacy.${section}.text`)}</p>
          <ul className="kern-list kern-list--bullet">
            {section === 'retention' ? <CaseRetentionItem /> : null}
            {t(`legal.privacy.${section}.items`, { returnObjects: true }).map((item: string) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.privacy.legalBasis.heading')}</h2>
        <p className="kern-body">{t('legal.privacy.legalBasis.text')}</p>
      </section>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.privacy.cookies.heading')}</h2>
        <p className="kern-body">{t('legal.privacy.cookies.text')}</p>
      </section>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.privacy.obligation.heading')}</h2>
        <p className="kern-body">{t('legal.privacy.obligation.text')}</p>
      </section>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.privacy.complaint.heading')}</h2>
        <p className="kern-body">
          {t('legal.privacy.complaint.text')}{' '}
          <ExternalLink href="https://www.ldi.nrw.de">www.ldi.nrw.de</ExternalLink>
        </p>
      </section>
      <p className="kern-body kern-body--small">{t('legal.privacy.updated')}</p>
    </article>
  );
}
