import type { Organization } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import type { OrganizationFilters } from '../api/keys';
import { OrganizationsTable } from '../components/organizations-table';
import { PartnerOrganizationForm } from '../components/partner-organization-form';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<OrganizationFilters>({});
  const [created, setCreated] = useState<Organization | null>(null);
  return (
    <div className="kern-stack-lg">
      <PageHeading title={t('admin.organizations.title')}>
        {t('admin.organizations.intro')}
      </PageHeading>
      <section className="kern-stack" aria-labelledby="organizations-list-heading">
        <h2 className="kern-heading-medium" id="organizations-list-heading">
          {t('admin.organizations.listHeading')}
        </h2>
        <OrganizationsTable filters={filters} onFiltersChange={setFilters} />
      </section>
      <section className="kern-stack app-narrow" aria-labelledby="organizations-create-heading">
        <h2 className="kern-heading-medium" id="organizations-create-heading">
          {t('admin.organizations.create.heading')}
        </h2>
        <p className="kern-body">{t('admin.organizations.create.intro')}</p>
        {created ? (
          <Alert
            variant="success"
            role="status"
            title={t('admin.organizations.create.success', { name: created.name })}
          />
        ) : null}
        <PartnerOrganizationForm onCreated={setCreated} />
      </section>
    </div>
  );
}
