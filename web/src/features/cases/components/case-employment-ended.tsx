import { type CaseDetail, reportEmploymentEndedSchema } from '@itc/shared';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { DescriptionList } from '../../../components/ui/description-list';
import { Form } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { ApiError } from '../../../lib/api-client';
import { useToday } from '../../../lib/clock';
import { useErrorMessage } from '../../../lib/errors';
import { textOrBlank } from '../../../lib/form-values';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useReportEmploymentEnded } from '../api/report-employment-ended';

const { learnedOn, note } = reportEmploymentEndedSchema.shape;

/** The day must have passed (the server checks the same); an empty note is not sent. */
function createReportFormSchema(today: string) {
  return reportEmploymentEndedSchema.extend({
    learnedOn: learnedOn.refine((day) => day <= today, 'date_in_future'),
    note: textOrBlank(note),
  });
}
type ReportFormValues = z.output<ReturnType<typeof createReportFormSchema>>;

/**
 * After entry, the employer side reports an early end of the employment (§ 4a(5) AufenthG);
 * once reported, everyone sees when and whether it came in time.
 */
export function CaseEmploymentEnded({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const report = useReportEmploymentEnded();
  const [isJustReported, setIsJustReported] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const ended = detail.employmentEnded;
  const today = useToday();
  const reportFormSchema = useMemo(() => createReportFormSchema(today), [today]);

  const submitReport = async (body: ReportFormValues) => {
    setConflict(null);
    try {
      await report.mutateAsync({ id: detail.id, body });
    } catch (error) {
      // A conflict rereads the case, which takes the form (and its error summary) away once the
      // end is reported, so its alert stands outside the form.
      if (!(error instanceof ApiError && error.status === 409)) throw error;
      setConflict(error);
      setTimeout(() => conflictRef.current?.focus(), 0);
      return;
    }
    setIsJustReported(true);
    // The form is gone with the report; the notice takes the focus instead.
    setTimeout(() => noticeRef.current?.focus(), 0);
  };

  return (
    <section className="kern-stack" aria-labelledby="case-employment-ended-heading">
      <h2 className="kern-heading-medium" id="case-employment-ended-heading">
        {t('cases.employmentEnded.heading')}
      </h2>
      <div role="status" className="app-live-region">
        {isJustReported ? (
          <Alert
            ref={noticeRef}
            tabIndex={-1}
            variant="success"
            title={t('cases.employmentEnded.reportedNotice')}
          />
        ) : null}
      </div>
      {conflict ? (
        <Alert
          ref={conflictRef}
          tabIndex={-1}
          variant="danger"
          role="alert"
          title={t('cases.employmentEnded.reportFailed')}
        >
          <p className="kern-body">{errorMessage(conflict)}</p>
        </Alert>
      ) : null}
      {ended ? (
        <>
          <DescriptionList
            items={[
              {
                key: 'learnedOn',
                label: t('cases.employmentEnded.learnedOnLabel'),
                value: formatDate(ended.learnedOn),
              },
              {
                key: 'reportDueAt',
                label: t('cases.employmentEnded.reportDueAt'),
                value: formatDate(ended.reportDueAt),
              },
              {
                key: 'reportedAt',
                label: t('cases.employmentEnded.reportedAt'),
                value: <time dateTime={ended.reportedAt}>{formatDateTime(ended.reportedAt)}</time>,
              },
              {
                key: 'inTime',
                label: t('cases.employmentEnded.inTime'),
                value: ended.reportedLate ? (
                  <Badge variant="warning">{t('cases.employmentEnded.late')}</Badge>
                ) : (
                  <Badge variant="success">{t('cases.employmentEnded.onTime')}</Badge>
                ),
              },
            ]}
          />
          {ended.reportedLate ? (
            <p className="kern-body app-narrow">{t('cases.employmentEnded.lateText')}</p>
          ) : null}
        </>
      ) : null}
      {detail.can.reportEmploymentEnded ? (
        <>
          <div className="kern-stack-sm app-narrow">
            <p className="kern-body">{t('cases.employmentEnded.duty')}</p>
            <p className="kern-body">{t('cases.employmentEnded.dutyDeadline')}</p>
          </div>
          <Form
            schema={reportFormSchema}
            idPrefix="case-employment-ended"
            className="app-form app-narrow"
            aria-labelledby="case-employment-ended-heading"
            defaultValues={{ learnedOn: '', note: '' }}
            submitLabel={t('cases.employmentEnded.submit')}
            submittingLabel={t('cases.employmentEnded.submitting')}
            onSubmit={submitReport}
          >
            <TextField
              name="learnedOn"
              type="date"
              label={t('cases.employmentEnded.learnedOn')}
              summaryLabel={t('cases.employmentEnded.learnedOnLabel')}
              hint={t('cases.employmentEnded.learnedOnHint')}
            />
            <TextareaField
              name="note"
              label={t('cases.employmentEnded.note')}
              hint={t('cases.employmentEnded.noteHint')}
              optional
              rows={3}
              maxLength={2000}
            />
          </Form>
        </>
      ) : null}
    </section>
  );
}
