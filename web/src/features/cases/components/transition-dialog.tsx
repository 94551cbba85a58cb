import {
  type CaseDetail,
  type CaseTransitionTarget,
  caseTransitionFields,
  pathwayCodes,
  pathwayLabels,
} from '@itc/shared';
import { useEffect, useId, useMemo } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxGroupField } from '../../../components/ui/checkbox-group-field';
import { Dialog } from '../../../components/ui/dialog';
import { Form } from '../../../components/ui/form';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { ApiError } from '../../../lib/api-client';
import { useLocale } from '../../../lib/use-country-options';
import { useTransitionCase } from '../api/transition-case';
import { isEndingMove, useMoveLabel } from './case-moves';
import { useStageLabel } from './case-stage';
import {
  createTransitionFormSchema,
  emptyTransitionValues,
  toTransitionRequest,
} from './transition-form-schema';

type TransitionDialogProps = {
  detail: CaseDetail;
  to: CaseTransitionTarget;
  onClose: () => void;
  /** After the move, with the case as it is now. */
  onMoved: (detail: CaseDetail) => void;
};

const permitTypes = pathwayCodes.filter((code) => code !== '18g-it');

/** A free-form document also answers "choose at least one": its error goes once one is named. */
function RecheckDocumentsOnOther() {
  const { watch, trigger, getFieldState } = useFormContext();
  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      if (name === 'otherLabel' && getFieldState('documentCodes').error) {
        void trigger('documentCodes');
      }
    });
    return () => subscription.unsubscribe();
  }, [watch, trigger, getFieldState]);
  return null;
}

/** The fields a move to `to` asks for besides the note (shared `caseTransitionFields`). */
function TargetFields({ detail, to }: { detail: CaseDetail; to: CaseTransitionTarget }) {
  const { t } = useTranslation();
  const locale = useLocale();
  switch (to) {
    case 'documents_requested':
      return (
        <>
          <CheckboxGroupField
            name="documentCodes"
            legend={t('cases.transition.documents')}
            options={detail.assessment.requiredDocuments.map((doc) => ({
              value: doc.code,
              label: doc.label,
            }))}
          />
          <TextField
            name="otherLabel"
            label={t('cases.transition.otherLabel')}
            optional
            maxLength={200}
          />
          <RecheckDocumentsOnOther />
          <TextareaField
            name="message"
            label={t('cases.transition.message')}
            rows={4}
            maxLength={5000}
          />
          <TextField name="dueDate" label={t('cases.transition.dueDate')} type="date" optional />
        </>
      );
    case 'rejected':
    case 'withdrawn':
      return (
        <TextareaField
          name="reason"
          label={t('cases.transition.reason')}
          rows={3}
          maxLength={2000}
          autoFocusOnOpen
        />
      );
    case 'visa_appointment_booked':
      return (
        <TextField
          name="appointmentDate"
          label={t('cases.transition.appointmentDate')}
          type="date"
          autoFocusOnOpen
        />
      );
    case 'permit_issued':
      return (
        <>
          <SelectField
            name="permitType"
            label={t('cases.transition.permitType')}
            placeholder={t('cases.transition.choose')}
            options={permitTypes.map((code) => ({
              value: code,
              label: pathwayLabels[code][locale],
            }))}
          />
          <TextField name="validUntil" label={t('cases.transition.validUntil')} type="date" />
        </>
      );
    default:
      return null;
  }
}

/**
 * One move of the case: asks for what the target needs, each error at its field, and sends it
 * with the version last read. A stale version refetches the case and says so. The confirm button
 * never has the focus first, so Enter alone does not reject a case.
 */
export function TransitionDialog({ detail, to, onClose, onMoved }: TransitionDialogProps) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const moveLabel = useMoveLabel(detail);
  const transition = useTransitionCase();
  const introId = useId();
  const checklist = detail.assessment.requiredDocuments;
  const schema = useMemo(() => createTransitionFormSchema(to, checklist), [to, checklist]);
  // A move that asks for nothing else starts in the note; the others in their first field.
  const asksNothingElse = Object.keys(caseTransitionFields[to]).length === 0;

  const stale =
    transition.error instanceof ApiError &&
    (transition.error.code === 'stale_version' ||
      transition.error.code === 'transition_not_allowed');

  return (
    <Dialog title={moveLabel(to)} onClose={onClose} describedBy={introId}>
      <p className="kern-body" id={introId}>
        {t('cases.transition.intro', { from: stageLabel(detail.status), to: stageLabel(to) })}
      </p>
      {stale ? (
        <Alert variant="warning" role="alert" title={t('cases.transition.failed')}>
          <p className="kern-body">{t('cases.transition.stale')}</p>
        </Alert>
      ) : null}
      <Form
        schema={schema}
        idPrefix="case-transition"
        defaultValues={emptyTransitionValues(to)}
        submitLabel={moveLabel(to)}
        submittingLabel={t('cases.transition.sending')}
        summaryTitle={t('cases.transition.failed')}
        destructive={isEndingMove(to)}
        secondaryActions={
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        }
        onSubmit={async (values) => {
          try {
            const moved = await transition.mutateAsync({
              id: detail.id,
              body: toTransitionRequest(to, detail.version, values),
            });
            onMoved(moved);
          } catch (error) {
            // Shown above the form with what to do; the case is being read again.
            if (!(error instanceof ApiError && error.status === 409)) throw error;
          }
        }}
      >
        <TargetFields detail={detail} to={to} />
        <TextareaField
          name="note"
          label={t('cases.transition.note')}
          optional
          rows={3}
          maxLength={2000}
          autoFocusOnOpen={asksNothingElse}
        />
      </Form>
    </Dialog>
  );
}
