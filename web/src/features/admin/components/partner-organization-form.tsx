import { createPartnerOrganizationSchema, type Organization } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../components/ui/form';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useCreatePartnerOrganization } from '../api/create-partner-organization';

export function PartnerOrganizationForm({
  onCreated,
}: {
  onCreated: (organization: Organization) => void;
}) {
  const { t } = useTranslation();
  const create = useCreatePartnerOrganization();
  return (
    <Form
      schema={createPartnerOrganizationSchema}
      idPrefix="partner"
      defaultValues={{
        type: 'ihk',
        name: '',
        address: { street: '', postalCode: '', city: '' },
      }}
      resetOnSuccess
      submitLabel={t('admin.organizations.create.submit')}
      submittingLabel={t('admin.organizations.create.submitting')}
      onSubmit={async (values) => onCreated(await create.mutateAsync(values))}
    >
      <SelectField
        name="type"
        label={t('fields.organizationType')}
        options={createPartnerOrganizationSchema.shape.type.options.map((type) => ({
          value: type,
          label: t(`organizationTypes.${type}`),
        }))}
      />
      <TextField
        name="name"
        label={t('fields.organizationName')}
        hint={t('admin.organizations.create.nameHint')}
        autoComplete="off"
      />
      <TextField name="address.street" label={t('fields.street')} autoComplete="off" />
      <TextField
        name="address.postalCode"
        label={t('fields.postalCode')}
        inputMode="numeric"
        maxLength={5}
        width="narrow"
        autoComplete="off"
      />
      <TextField name="address.city" label={t('fields.city')} autoComplete="off" />
    </Form>
  );
}
