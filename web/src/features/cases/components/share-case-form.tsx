import { type CaseShare, shareCaseSchema } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { usePartnerOrganizations } from '../../../api/get-partner-organizations';
import { Form } from '../../../components/ui/form';
import { QueryError } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { useShareCase } from '../api/share-case';

type ShareCaseFormProps = {
  caseId: string;
  /** Partners the case is shared with already, or that hold a mandate, are not offered. */
  unavailablePartnerIds: ReadonlySet<string>;
  onShared: (share: CaseShare) => void;
};

/** Picks an IHK or Jobcenter to share the case with. */
export function ShareCaseForm({ caseId, unavailablePartnerIds, onShared }: ShareCaseFormProps) {
  const { t } = useTranslation();
  const partners = usePartnerOrganizations();
  const share = useShareCase();
  if (partners.isPending) return <Spinner />;
  if (partners.isError) {
    return <QueryError error={partners.error} onRetry={() => partners.refetch()} />;
  }
  const available = partners.data.filter((partner) => !unavailablePartnerIds.has(partner.id));
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
      // Both refusals are about the partner chosen, so they are shown at its field.
      errorCodeFields={{
        case_already_shared: 'partnerOrganizationId',
        partner_holds_mandate: 'partnerOrganizationId',
      }}
      onSubmit={async (body) => onShared(await share.mutateAsync({ id: caseId, body }))}
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
