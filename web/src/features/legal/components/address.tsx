import { useTranslation } from 'react-i18next';

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
      Schwanenstraße 5–7
      <br />
      47051 Duisburg
    </address>
  );
}
