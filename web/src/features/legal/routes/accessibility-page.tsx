import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { ExternalLink } from '../../../components/ui/text-link';
import { Address } from '../components/address';
import { itcContact } from '../itc-contact';

/** Erklärung zur Barrierefreiheit (§ 12b BGG NRW / BITV NRW). */
export function AccessibilityPage() {
  const { t } = useTranslation();
  const limitations = t('legal.accessibility.limitations.items', { returnObjects: true });
  return (
    <article className="app-prose kern-stack-lg">
      <PageHeading title={t('legal.accessibility.title')}>
        {t('legal.accessibility.intro')}
      </PageHeading>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.accessibility.status.heading')}</h2>
        <p className="kern-body">{t('legal.accessibility.status.text')}</p>
      </section>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.accessibility.limitations.heading')}</h2>
        <ul className="kern-list kern-list--bullet">
          {limitations.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.accessibility.features.heading')}</h2>
        <ul className="kern-list kern-list--bullet">
          {t('legal.accessibility.features.items', { returnObjects: true }).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.accessibility.preparation.heading')}</h2>
        <p className="kern-body">{t('legal.accessibility.preparation.text')}</p>
      </section>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.accessibility.feedback.heading')}</h2>
        <p className="kern-body">{t('legal.accessibility.feedback.text')}</p>
        <Address />
        <p className="kern-body">
          {t('legal.accessibility.feedback.online')}{' '}
          <ExternalLink href={itcContact.website.href}>{itcContact.website.display}</ExternalLink>
        </p>
      </section>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.accessibility.enforcement.heading')}</h2>
        <p className="kern-body">{t('legal.accessibility.enforcement.text')}</p>
      </section>
    </article>
  );
}
