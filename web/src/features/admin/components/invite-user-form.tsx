import {
  inviteUserSchema,
  type Organization,
  rolesByOrganizationType,
  type User,
} from '@itc/shared';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../components/ui/form';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { getLocale } from '../../../lib/i18n';
import { useInviteUser } from '../api/invite-user';

type InviteUserFormProps = {
  organizations: Organization[];
  defaultOrganizationId?: string;
  onInvited: (user: User) => void;
};

/** The role list follows the chosen organisation (an IHK has IHK advisors, and so on). */
function RoleSelect({ organizations }: { organizations: Organization[] }) {
  const { t } = useTranslation();
  const { setValue, getValues } = useFormContext();
  const organizationId = useWatch({ name: 'organizationId' }) as string;
  const organization = organizations.find((o) => o.id === organizationId);
  const roles = organization ? rolesByOrganizationType[organization.type] : [];

  useEffect(() => {
    const role = getValues('role') as string;
    if (roles.length > 0 && !roles.some((r) => r === role)) {
      setValue('role', roles[0]);
    }
  }, [roles, getValues, setValue]);

  return (
    <SelectField
      name="role"
      label={t('fields.role')}
      hint={organization ? undefined : t('admin.users.invite.chooseOrganizationFirst')}
      placeholder={roles.length === 0 ? t('form.choose') : undefined}
      options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
    />
  );
}

export function InviteUserForm({
  organizations,
  defaultOrganizationId,
  onInvited,
}: InviteUserFormProps) {
  const { t } = useTranslation();
  const invite = useInviteUser();
  // Staff accounts only for organisations the city works with: not for unverified employers.
  const selectable = organizations.filter((o) => o.verificationStatus === 'verified');
  const initialOrganization = selectable.find((o) => o.id === defaultOrganizationId);

  return (
    <Form
      schema={inviteUserSchema}
      idPrefix="invite-user"
      defaultValues={{
        name: '',
        email: '',
        organizationId: initialOrganization?.id ?? '',
        role: initialOrganization
          ? rolesByOrganizationType[initialOrganization.type][0]
          : undefined,
        locale: getLocale(),
      }}
      errorCodeFields={{ email_taken: 'email' }}
      resetOnSuccess
      submitLabel={t('admin.users.invite.submit')}
      submittingLabel={t('admin.users.invite.submitting')}
      onSubmit={async (values) => onInvited(await invite.mutateAsync(values))}
    >
      <TextField name="name" label={t('fields.name')} autoComplete="off" />
      <TextField
        name="email"
        type="email"
        label={t('fields.email')}
        autoComplete="off"
        spellCheck={false}
      />
      <SelectField
        name="organizationId"
        label={t('fields.organization')}
        placeholder={t('form.choose')}
        options={selectable.map((o) => ({
          value: o.id,
          label: `${o.name} (${t(`organizationTypes.${o.type}`)})`,
        }))}
      />
      <RoleSelect organizations={selectable} />
      <SelectField
        name="locale"
        label={t('fields.invitationLanguage')}
        hint={t('fields.invitationLanguageHint')}
        options={[
          { value: 'de', label: 'Deutsch', lang: 'de' },
          { value: 'en', label: 'English', lang: 'en' },
        ]}
      />
    </Form>
  );
}
