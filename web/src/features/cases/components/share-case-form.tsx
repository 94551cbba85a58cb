import { type CaseShare, shareCaseSchema } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { usePartnerOrganizations } from '../../../api/get-partner-organizations';
import { Form, FormFieldErrors } from '../../../components/ui/form';
import { QueryError } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { ApiError } from '../../../lib/api-client';
import { useShareCase } from '../api/share-case';

type ShareCaseFormProps = {
  caseId: string;
  /** Partners the case is shared with already are not offered again. */
  sharedPartnerIds: ReadonlySet<string>;
  onShared: (share: CaseShare) => void;
};

/** Picks an IHK or Jobcenter to share the case with. */
export function ShareCaseForm({ caseId, sharedPartnerIds, onShared }: ShareCaseFormProps) {
  const { t } = useTranslation();
  const partners = usePartnerOrganizations();
  const share = useShareCase();
  if (partners.isPending) return <Spinner />;
  if (partners.isError) {
    return <QueryError error={partners.error} onRetry={() => partners.refetch()} />;
  }
  const available = partners.data.filter((partner) => !sharedPartnerIds.has(partner.id));
  if (available.length === 0) {
    return <p className="kern-body">{t('cases.shares.noneAvailable')}</p>;
  }
  return (
    <Form
      schema={shareCaseSchema}
      idPrefix="case-share"
      className="app-form app-narrow"
      aria-labelledby="case-share-form-heading"
      defaultValues={{ partnerOrganizationId: '' }}
      resetOnSuccess
      submitLabel={t('cases.shares.submit')}
      submittingLabel={t('cases.shares.submitting')}
      onSubmit={async (body) => {
        try {
          onShared(await share.mutateAsync({ id: caseId, body }));
        } catch (error) {
          // The server answers 409 both when the case is shared with it already and when the
          // partner holds a mandate (and sees every case anyway); one message explains both.
          if (error instanceof ApiError && error.status === 409) {
            throw new FormFieldErrors([
              { path: 'partnerOrganizationId', message: 'case_share_conflict' },
            ]);
          }
          throw error;
        }
      }}
    >
      <SelectField
        name="partnerOrganizationId"
        label={t('cases.shares.partner')}
        hint={t('cases.shares.partnerHint')}
        placeholder={t('form.choose')}
        options={available.map((partner) => ({
          value: partner.id,
          label: `${partner.name} (${t(`organizationTypes.${partner.type}`)})`,
        }))}
      />
    </Form>
  );
}
