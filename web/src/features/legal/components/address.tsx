import { useTranslation } from 'react-i18next';
import { itcContact } from '../itc-contact';

/** Postal address of the office responsible for the portal. */
export function Address() {
  const { t } = useTranslation();
  return (
    <address className="kern-body app-address">
      {t('legal.address.city')}
      <br />
      {t('legal.address.office')}
      <br />
      {t('legal.address.unit')}
      <br />
      {itcContact.street}
      <br />
      {itcContact.postalCode} {itcContact.city}
    </address>
  );
}
