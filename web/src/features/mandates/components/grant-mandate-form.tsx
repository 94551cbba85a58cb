import { grantMandateSchema, type Mandate, type OrganizationSummary } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { Form } from '../../../components/ui/form';
import { SelectField } from '../../../components/ui/select-field';
import { useGrantMandate } from '../api/grant-mandate';

type GrantMandateFormProps = {
  /** Verified IHKs and Jobcenters. */
  partners: OrganizationSummary[];
  /** Partners that already hold an active mandate are not offered again. */
  activePartnerIds: ReadonlySet<string>;
  onGranted: (mandate: Mandate) => void;
};

export function GrantMandateForm({ partners, activePartnerIds, onGranted }: GrantMandateFormProps) {
  const { t } = useTranslation();
  const grant = useGrantMandate();
  const available = partners.filter((partner) => !activePartnerIds.has(partner.id));
  if (available.length === 0) {
    return <EmptyState title={t('mandates.grant.noneAvailable')} />;
  }
  return (
    <Form
      schema={grantMandateSchema}
      idPrefix="grant-mandate"
      defaultValues={{ partnerOrganizationId: '' }}
      resetOnSuccess
      submitLabel={t('mandates.grant.submit')}
      submittingLabel={t('mandates.grant.submitting')}
      errorCodeFields={{ mandate_already_held: 'partnerOrganizationId' }}
      onSubmit={async (values) => onGranted(await grant.mutateAsync(values))}
    >
      <SelectField
        name="partnerOrganizationId"
        label={t('mandates.grant.partner')}
        hint={t('mandates.grant.partnerHint')}
        placeholder={t('form.choose')}
        options={available.map((partner) => ({
          value: partner.id,
          label: `${partner.name} (${t(`organizationTypes.${partner.type}`)})`,
        }))}
      />
    </Form>
  );
}
