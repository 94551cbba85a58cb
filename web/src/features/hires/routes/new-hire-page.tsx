import type { Hire } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeading } from '../../../components/ui/page-heading';
import { getLocale } from '../../../lib/i18n';
import { useCreateHire } from '../api/create-hire';
import { type EmployerOption, HireForm } from '../components/hire-form';
import { toHireFormValues } from '../utils/hire-form-schema';

type NewHirePageProps = {
  /** Partners choose among the employers that mandated them; HR users register for their own. */
  employers?: EmployerOption[];
  onCreated: (hire: Hire) => unknown;
};

export function NewHirePage({ employers, onCreated }: NewHirePageProps) {
  const { t } = useTranslation();
  const create = useCreateHire();

  if (employers && employers.length === 0) {
    return (
      <div className="kern-stack-lg app-narrow">
        <PageHeading title={t('hires.new.title')} />
        <EmptyState title={t('hires.new.noMandatesTitle')}>
          {t('hires.new.noMandatesText')}
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="kern-stack-lg app-narrow">
      <PageHeading title={t('hires.new.title')}>{t('hires.new.intro')}</PageHeading>
      <HireForm
        defaultValues={toHireFormValues(undefined, getLocale())}
        employers={employers}
        submitLabel={t('hires.new.submit')}
        submittingLabel={t('hires.new.submitting')}
        secondaryActions={
          <ButtonLink to="/hires" variant="secondary">
            {t('common.cancel')}
          </ButtonLink>
        }
        onSubmit={async ({ organizationId, ...hire }) => {
          const created = await create.mutateAsync(
            organizationId ? { ...hire, organizationId } : hire,
          );
          await onCreated(created);
        }}
      />
    </div>
  );
}
