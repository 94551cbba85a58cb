import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { ExternalLink, TextLink } from '../../../components/ui/text-link';
import { Address } from '../components/address';
import { ContactChannels } from '../components/contact-channels';
import { itcContact } from '../itc-contact';

/** Impressum: the provider (§ 5 DDG) and who is responsible for the content (§ 18 MStV). */
export function ImprintPage() {
  const { t } = useTranslation();
  const { provider } = itcContact;
  return (
    <article className="app-prose kern-stack-lg">
      <PageHeading title={t('legal.imprint.title')}>{t('legal.imprint.intro')}</PageHeading>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.imprint.provider.heading')}</h2>
        <address className="kern-body app-address">
          {t('legal.address.city')}
          <br />
          {provider.street}
          <br />
          {provider.postalCode} {provider.city}
        </address>
        <p className="kern-body">{t('legal.imprint.provider.text')}</p>
      </section>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.imprint.contact.heading')}</h2>
        <ContactChannels />
        <p className="kern-body">
          <TextLink to="/contact">{t('legal.imprint.contact.more')}</TextLink>
        </p>
      </section>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.imprint.responsible.heading')}</h2>
        <Address />
      </section>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.imprint.supervision.heading')}</h2>
        <p className="kern-body">{t('legal.imprint.supervision.text')}</p>
      </section>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.imprint.links.heading')}</h2>
        <p className="kern-body">
          {t('legal.imprint.links.text')}{' '}
          <ExternalLink href={itcContact.website.href}>{itcContact.website.display}</ExternalLink>
        </p>
      </section>
    </article>
  );
}
