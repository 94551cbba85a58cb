import { acceptInvitationSchema, type CurrentUser, passwordMinLength } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { useAcceptInvitation } from '../api/accept-invitation';

/** The token comes from the link, so the form only asks for the password. */
const acceptInvitationFormSchema = acceptInvitationSchema.pick({ password: true });

type AcceptInvitationFormProps = {
  token: string;
  onAccepted: (user: CurrentUser) => unknown;
};

export function AcceptInvitationForm({ token, onAccepted }: AcceptInvitationFormProps) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  return (
    <Form
      schema={acceptInvitationFormSchema}
      idPrefix="invitation"
      defaultValues={{ password: '' }}
      submitLabel={t('invitations.submit')}
      submittingLabel={t('invitations.submitting')}
      onSubmit={async ({ password }) => {
        const { user } = await accept.mutateAsync({ token, password });
        await onAccepted(user);
      }}
    >
      <TextField
        name="password"
        type="password"
        label={t('fields.password')}
        hint={t('fields.passwordHint', { min: passwordMinLength })}
        autoComplete="new-password"
      />
    </Form>
  );
}
