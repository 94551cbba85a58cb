import type { Hire } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { getLocale } from '../../../lib/i18n';
import { useHire } from '../api/get-hire';
import { useUpdateHire } from '../api/update-hire';
import { HireForm } from '../components/hire-form';
import { toHireFormValues, toHireInput } from '../utils/hire-form-schema';

type EditHirePageProps = {
  hireId: string;
  /** Where "Abbrechen" leads, e.g. back into the pre-check wizard. */
  backTo: string;
  onSaved: (hire: Hire) => unknown;
};

export function EditHirePage({ hireId, backTo, onSaved }: EditHirePageProps) {
  const { t } = useTranslation();
  const hire = useHire(hireId);
  const update = useUpdateHire();

  if (hire.isPending) return <Spinner />;
  if (hire.isError) return <QueryError error={hire.error} onRetry={() => hire.refetch()} />;
  const current = hire.data;
  const name = `${current.givenNames} ${current.familyName}`;

  return (
    <div className="kern-stack-lg app-narrow">
      <PageHeading
        title={t('hires.edit.title', { name })}
        documentTitle={t('hires.edit.documentTitle')}
      >
        {t('hires.edit.intro')}
      </PageHeading>
      <HireForm
        // A newer version (e.g. saved elsewhere) starts the form afresh.
        key={current.version}
        defaultValues={toHireFormValues(current, getLocale())}
        submitLabel={t('hires.edit.submit')}
        submittingLabel={t('hires.edit.submitting')}
        secondaryActions={
          <ButtonLink to={backTo} variant="secondary">
            {t('common.cancel')}
          </ButtonLink>
        }
        onSubmit={async (values) => {
          const saved = await update.mutateAsync({
            id: current.id,
            body: { ...toHireInput(values), version: current.version },
          });
          await onSaved(saved);
        }}
      />
    </div>
  );
}
