import type { CurrentUser, Organization } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { type DescriptionItem, DescriptionList } from '../../../components/ui/description-list';
import { TextLink } from '../../../components/ui/text-link';
import { VerificationBadge } from '../../../components/ui/verification-badge';

type OrganizationSummaryProps = {
  user: CurrentUser;
  organization: Organization | undefined;
};

/** Which organisation the user acts for, in which role, and (for employers) its status. */
export function OrganizationSummary({ user, organization }: OrganizationSummaryProps) {
  const { t } = useTranslation();
  const summary = organization ?? user.organization;
  const isEmployer = summary.type === 'employer';
  const items: DescriptionItem[] = [
    { key: 'name', label: t('fields.organization'), value: summary.name },
    { key: 'role', label: t('fields.yourRole'), value: t(`roles.${user.role}`) },
  ];
  if (isEmployer) {
    items.push({
      key: 'status',
      label: t('fields.verificationStatus'),
      value: <VerificationBadge status={summary.verificationStatus} />,
    });
  }
  if (organization?.address) {
    items.push({
      key: 'address',
      label: t('fields.address'),
      value: `${organization.address.street}, ${organization.address.postalCode} ${organization.address.city}`,
    });
  }
  return (
    <section className="kern-card kern-card--hug" aria-labelledby="home-organization-heading">
      <div className="kern-card__container">
        <h2 className="kern-heading-medium" id="home-organization-heading">
          {isEmployer ? t('home.organization.headingEmployer') : t('home.organization.heading')}
        </h2>
        <DescriptionList items={items} />
        <p className="kern-body">
          <TextLink to="/organization">
            {isEmployer ? t('home.organization.linkEmployer') : t('home.organization.link')}
          </TextLink>
        </p>
      </div>
    </section>
  );
}
