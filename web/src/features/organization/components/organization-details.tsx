import type { Organization } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { type DescriptionItem, DescriptionList } from '../../../components/ui/description-list';
import { VerificationBadge } from '../../../components/ui/verification-badge';
import { formatDate } from '../../../lib/format';

export function OrganizationDetails({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const isEmployer = organization.type === 'employer';
  const items: DescriptionItem[] = [
    { key: 'name', label: t('fields.organizationName'), value: organization.name },
    {
      key: 'type',
      label: t('fields.organizationType'),
      value: t(`organizationTypes.${organization.type}`),
    },
  ];
  if (isEmployer) {
    items.push({
      key: 'status',
      label: t('fields.verificationStatus'),
      value: <VerificationBadge status={organization.verificationStatus} />,
    });
  }
  if (organization.address) {
    const { street, postalCode, city } = organization.address;
    items.push({
      key: 'address',
      label: t('fields.address'),
      value: (
        <>
          {street}
          <br />
          {postalCode} {city}
        </>
      ),
    });
  }
  if (organization.handelsregisterNumber) {
    items.push({
      key: 'hr',
      label: t('fields.handelsregisterNumber'),
      value: organization.handelsregisterNumber,
    });
  }
  if (organization.betriebsnummer) {
    items.push({
      key: 'bnr',
      label: t('fields.betriebsnummer'),
      value: organization.betriebsnummer,
    });
  }
  items.push({
    key: 'created',
    label: isEmployer ? t('fields.registeredOn') : t('fields.createdOn'),
    value: <time dateTime={organization.createdAt}>{formatDate(organization.createdAt)}</time>,
  });
  return <DescriptionList items={items} />;
}
