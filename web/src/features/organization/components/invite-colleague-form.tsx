import { inviteColleagueSchema, type User } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../components/ui/form';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { getLocale } from '../../../lib/i18n';
import { useInviteColleague } from '../api/invite-colleague';

export function InviteColleagueForm({
  organizationId,
  onInvited,
}: {
  organizationId: string;
  onInvited: (user: User) => void;
}) {
  const { t } = useTranslation();
  const invite = useInviteColleague(organizationId);
  return (
    <Form
      schema={inviteColleagueSchema}
      idPrefix="invite-colleague"
      defaultValues={{ name: '', email: '', locale: getLocale() }}
      errorCodeFields={{ email_taken: 'email' }}
      resetOnSuccess
      submitLabel={t('organization.invite.submit')}
      submittingLabel={t('organization.invite.submitting')}
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
