import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { Address } from '../components/address';
import { ContactChannels } from '../components/contact-channels';
import { OpeningHours } from '../components/opening-hours';

/** How to reach the International Talent Center: address, phone, email and opening hours. */
export function ContactPage() {
  const { t } = useTranslation();
  return (
    <article className="app-prose kern-stack-lg">
      <PageHeading title={t('legal.contact.title')}>{t('legal.contact.intro')}</PageHeading>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.contact.addressHeading')}</h2>
        <Address />
      </section>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.contact.channelsHeading')}</h2>
        <ContactChannels />
        <p className="kern-body">{t('legal.contact.caseQuestions')}</p>
      </section>
      <section className="kern-stack-sm">
        <h2 className="kern-heading-medium">{t('legal.contact.openingHoursHeading')}</h2>
        <OpeningHours />
        <p className="kern-body">{t('legal.contact.appointments')}</p>
      </section>
    </article>
  );
}
