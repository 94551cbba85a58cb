import {
  type CaseDetail,
  type CaseTransitionInput,
  type CaseTransitionTarget,
  caseTransitionRequestSchema,
  pathwayCodes,
  pathwayLabels,
} from '@itc/shared';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonGroup } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/use-country-options';
import { useTransitionCase } from '../api/transition-case';
import { useStageLabel } from './case-stage';

type TransitionDialogProps = {
  detail: CaseDetail;
  to: CaseTransitionTarget;
  onClose: () => void;
};

type Errors = Partial<Record<string, string>>;

const permitTypes = pathwayCodes.filter((code) => code !== '18g-it');

function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="kern-error" id={`${id}-error`}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      ) : null}
      {children}
    </div>
  );
}

/**
 * One move of the case: asks for what the target needs (shared `caseTransitionFields`) and sends
 * it with the version last read. A stale version refetches the case and says so.
 */
export function TransitionDialog({ detail, to, onClose }: TransitionDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const stageLabel = useStageLabel();
  const errorMessage = useErrorMessage();
  const transition = useTransitionCase();
  const id = useId();
  const [note, setNote] = useState('');
  const [documents, setDocuments] = useState<string[]>([]);
  const [otherLabel, setOtherLabel] = useState('');
  const [message, setMessage] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [reason, setReason] = useState('');
  const [appointmentDate, setAppointmentDate] = useState('');
  const [permitType, setPermitType] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const required = t('cases.transition.required');
  const inputProps = (name: string) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined,
  });

  const build = (): { body: CaseTransitionInput | null; errors: Errors } => {
    const found: Errors = {};
    const base = { to, version: detail.version, note: note.trim() || undefined };
    let extra: Record<string, unknown> = {};
    if (to === 'documents_requested') {
      const requested = detail.assessment.requiredDocuments
        .filter((doc) => documents.includes(doc.code))
        .map((doc) => ({ code: doc.code, label: doc.label }));
      if (otherLabel.trim()) requested.push({ code: 'other', label: otherLabel.trim() });
      if (requested.length === 0) found.documents = t('cases.transition.documentsRequired');
      if (!message.trim()) found.message = required;
      extra = { documents: requested, message: message.trim(), dueDate: dueDate || undefined };
    }
    if (to === 'rejected' || to === 'withdrawn') {
      if (reason.trim().length < 5) found.reason = t('cases.transition.reasonTooShort');
      extra = { reason: reason.trim() };
    }
    if (to === 'visa_appointment_booked') {
      if (!appointmentDate) found.appointmentDate = required;
      extra = { appointmentDate };
    }
    if (to === 'permit_issued') {
      if (!permitType) found.permitType = required;
      if (!validUntil) found.validUntil = required;
      extra = { permitType, validUntil };
    }
    if (Object.keys(found).length > 0) return { body: null, errors: found };
    const parsed = caseTransitionRequestSchema.safeParse({ ...base, ...extra });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'note');
        found[key] ??= required;
      }
      return { body: null, errors: found };
    }
    return { body: { ...base, ...extra } as CaseTransitionInput, errors: {} };
  };

  const submit = () => {
    const { body, errors: found } = build();
    setErrors(found);
    if (!body) return;
    transition.mutate({ id: detail.id, body }, { onSuccess: onClose });
  };

  const stale =
    transition.error instanceof ApiError &&
    (transition.error.code === 'stale_version' ||
      transition.error.code === 'transition_not_allowed');

  return (
    <Dialog
      title={t('cases.transition.title', { stage: stageLabel(to) })}
      onClose={onClose}
      describedBy={`${id}-intro`}
      footer={
        <ButtonGroup>
          <Button icon="check" disabled={transition.isPending} onClick={submit}>
            {transition.isPending ? t('cases.transition.sending') : t('cases.transition.confirm')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      }
    >
      <form
        className="kern-stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p className="kern-body" id={`${id}-intro`}>
          {t('cases.transition.intro', { from: stageLabel(detail.status), to: stageLabel(to) })}
        </p>
        {stale ? (
          <Alert variant="warning" role="alert" title={t('cases.transition.failed')}>
            <p className="kern-body">{t('cases.transition.stale')}</p>
          </Alert>
        ) : transition.isError ? (
          <Alert variant="danger" role="alert" title={t('cases.transition.failed')}>
            <p className="kern-body">{errorMessage(transition.error)}</p>
          </Alert>
        ) : null}
        {to === 'documents_requested' ? (
          <>
            <fieldset
              className={`kern-fieldset${errors.documents ? ' kern-fieldset--error' : ''}`}
              aria-describedby={errors.documents ? `${id}-documents-error` : undefined}
            >
              <legend className="kern-label">{t('cases.transition.documents')}</legend>
              {errors.documents ? (
                <p className="kern-error" id={`${id}-documents-error`}>
                  <span className="kern-icon kern-icon--danger" aria-hidden="true" />
                  <span className="kern-body">{errors.documents}</span>
                </p>
              ) : null}
              <div className="kern-fieldset__body">
                {detail.assessment.requiredDocuments.map((doc) => (
                  <div className="kern-form-check" key={doc.code}>
                    <input
                      id={`${id}-doc-${doc.code}`}
                      type="checkbox"
                      className="kern-form-check__checkbox"
                      checked={documents.includes(doc.code)}
                      onChange={(event) =>
                        setDocuments((current) =>
                          event.target.checked
                            ? [...current, doc.code]
                            : current.filter((code) => code !== doc.code),
                        )
                      }
                    />
                    <label className="kern-label" htmlFor={`${id}-doc-${doc.code}`}>
                      {doc.label}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            <Field id={`${id}-other`} label={t('cases.transition.otherLabel')}>
              <input
                id={`${id}-other`}
                className="kern-form-input__input"
                maxLength={200}
                value={otherLabel}
                onChange={(event) => setOtherLabel(event.target.value)}
              />
            </Field>
            <Field
              id={`${id}-message`}
              label={t('cases.transition.message')}
              error={errors.message}
            >
              <textarea
                {...inputProps('message')}
                className="kern-form-input__input"
                rows={4}
                maxLength={5000}
                value={message}
                onChange={(event) => setMessage(event.target.value)}
              />
            </Field>
            <Field id={`${id}-dueDate`} label={t('cases.transition.dueDate')}>
              <input
                {...inputProps('dueDate')}
                type="date"
                className="kern-form-input__input"
                value={dueDate}
                onChange={(event) => setDueDate(event.target.value)}
              />
            </Field>
          </>
        ) : null}
        {to === 'rejected' || to === 'withdrawn' ? (
          <Field id={`${id}-reason`} label={t('cases.transition.reason')} error={errors.reason}>
            <textarea
              {...inputProps('reason')}
              className="kern-form-input__input"
              rows={3}
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </Field>
        ) : null}
        {to === 'visa_appointment_booked' ? (
          <Field
            id={`${id}-appointmentDate`}
            label={t('cases.transition.appointmentDate')}
            error={errors.appointmentDate}
          >
            <input
              {...inputProps('appointmentDate')}
              type="date"
              className="kern-form-input__input"
              value={appointmentDate}
              onChange={(event) => setAppointmentDate(event.target.value)}
            />
          </Field>
        ) : null}
        {to === 'permit_issued' ? (
          <>
            <Field
              id={`${id}-permitType`}
              label={t('cases.transition.permitType')}
              error={errors.permitType}
            >
              <div className="kern-form-input__select-wrapper">
                <select
                  {...inputProps('permitType')}
                  className="kern-form-input__select"
                  value={permitType}
                  onChange={(event) => setPermitType(event.target.value)}
                >
                  <option value="">{t('cases.transition.choose')}</option>
                  {permitTypes.map((code) => (
                    <option key={code} value={code}>
                      {pathwayLabels[code][locale]}
                    </option>
                  ))}
                </select>
              </div>
            </Field>
            <Field
              id={`${id}-validUntil`}
              label={t('cases.transition.validUntil')}
              error={errors.validUntil}
            >
              <input
                {...inputProps('validUntil')}
                type="date"
                className="kern-form-input__input"
                value={validUntil}
                onChange={(event) => setValidUntil(event.target.value)}
              />
            </Field>
          </>
        ) : null}
        <Field id={`${id}-note`} label={t('cases.transition.note')} error={errors.note}>
          <textarea
            {...inputProps('note')}
            className="kern-form-input__input"
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </Field>
      </form>
    </Dialog>
  );
}
