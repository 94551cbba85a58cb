import { maxAttendeesPerRequest, type RegisterAttendeesResponse } from '@itc/shared';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Form } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useRegisterAttendees } from '../api/register-attendees';
import { emptyAttendee, registerFormSchema } from '../utils/register-form-schema';

function AttendeeRows() {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'attendees' });
  return (
    <>
      {fields.map((field, index) => {
        const person = t('events.register.attendee', { number: index + 1 });
        const name = (key: string) => `attendees.${index}.${key}`;
        const summaryLabel = (label: string) => `${label} (${person})`;
        return (
          <fieldset className="kern-fieldset app-subfieldset" key={field.id}>
            <legend className="kern-label">{person}</legend>
            <div className="kern-fieldset__body">
              <TextField
                name={name('name')}
                label={t('events.register.name')}
                summaryLabel={summaryLabel(t('events.register.name'))}
                autoComplete="off"
                maxLength={200}
              />
              <TextField
                name={name('email')}
                type="email"
                label={t('events.register.email')}
                summaryLabel={summaryLabel(t('events.register.email'))}
                autoComplete="off"
                spellCheck={false}
              />
              <TextareaField
                name={name('note')}
                label={t('events.register.note')}
                summaryLabel={summaryLabel(t('events.register.note'))}
                hint={t('events.register.noteHint')}
                optional
                rows={2}
                maxLength={1000}
              />
              {fields.length > 1 ? (
                <div>
                  <Button
                    variant="secondary"
                    size="small"
                    icon="delete"
                    onClick={() => {
                      remove(index);
                      // The row and its button are gone: continue at the add button.
                      setTimeout(() => document.getElementById('event-register-add')?.focus(), 0);
                    }}
                  >
                    {t('events.register.remove', { person })}
                  </Button>
                </div>
              ) : null}
            </div>
          </fieldset>
        );
      })}
      {fields.length < maxAttendeesPerRequest ? (
        <div>
          <Button
            id="event-register-add"
            variant="secondary"
            icon="add"
            onClick={() =>
              append(emptyAttendee, {
                shouldFocus: true,
                focusName: `attendees.${fields.length}.name`,
              })
            }
          >
            {t('events.register.add')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

type RegisterFormProps = {
  eventId: string;
  /** The first row is prefilled with the signed-in person. */
  currentUser: { name: string; email: string };
  onRegistered: (result: RegisterAttendeesResponse) => void;
};

/** One or more attendees of the caller's organisation; each gets a seat or a waiting-list place. */
export function RegisterForm({ eventId, currentUser, onRegistered }: RegisterFormProps) {
  const { t } = useTranslation();
  const register = useRegisterAttendees();
  return (
    <Form
      schema={registerFormSchema}
      idPrefix="event-register"
      defaultValues={{
        attendees: [{ name: currentUser.name, email: currentUser.email, note: '' }],
      }}
      submitLabel={t('events.register.submit')}
      submittingLabel={t('events.register.submitting')}
      resetOnSuccess
      onSubmit={async (body) => {
        const result = await register.mutateAsync({ eventId, body });
        onRegistered(result);
      }}
    >
      <AttendeeRows />
    </Form>
  );
}
