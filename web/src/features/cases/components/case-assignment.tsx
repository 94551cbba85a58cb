import { assignCaseSchema, type CaseDetail } from '@itc/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Form } from '../../../components/ui/form';
import { QueryError } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { useErrorMessage } from '../../../lib/errors';
import { useAssignCase } from '../api/assign-case';
import { useAssignableUsers } from '../api/get-assignable-users';

type CaseAssignmentProps = {
  detail: CaseDetail;
  /** The signed-in city user, for "Mir zuweisen". */
  currentUserId: string;
};

/** City staff: who holds the case; take it, hand it to a colleague or release it. */
export function CaseAssignment({ detail, currentUserId }: CaseAssignmentProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const users = useAssignableUsers();
  // The one-click buttons report their errors here; the colleague form in its own summary.
  const quickAssign = useAssignCase();
  const assignColleague = useAssignCase();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const { assignee } = detail;
  const isMine = assignee?.id === currentUserId;

  // The button used may vanish with the change (e.g. "Mir zuweisen"), so focus goes to the notice.
  const showNotice = ({ assignee: holder }: CaseDetail) => {
    setNotice(
      holder === null
        ? t('cases.assignment.unassignedNotice')
        : holder.id === currentUserId
          ? t('cases.assignment.assignedToMeNotice')
          : t('cases.assignment.assignedNotice', { name: holder.name }),
    );
    setTimeout(() => noticeRef.current?.focus(), 0);
  };

  const assignQuickly = (userId: string | null) => {
    setNotice(null);
    quickAssign.mutate({ id: detail.id, body: { userId } }, { onSuccess: showNotice });
  };

  const colleagues = (users.data ?? []).filter((user) => user.id !== currentUserId);

  return (
    <section className="kern-stack" aria-labelledby="case-assignment-heading">
      <h2 className="kern-heading-medium" id="case-assignment-heading">
        {t('cases.assignment.heading')}
      </h2>
      <p className="kern-body">
        {assignee === null
          ? t('cases.assignment.nobody')
          : isMine
            ? t('cases.assignment.mine')
            : t('cases.assignment.current', { name: assignee.name })}
      </p>
      <div role="status" className="app-live-region">
        {notice ? <Alert ref={noticeRef} tabIndex={-1} variant="success" title={notice} /> : null}
      </div>
      {quickAssign.isError ? (
        <Alert variant="danger" role="alert" title={t('cases.assignment.failed')}>
          <p className="kern-body">{errorMessage(quickAssign.error)}</p>
        </Alert>
      ) : null}
      <ul className="app-plain-list app-button-list">
        {isMine ? null : (
          <li>
            <Button
              icon="check"
              disabled={quickAssign.isPending}
              onClick={() => assignQuickly(currentUserId)}
            >
              {t('cases.assignment.assignToMe')}
            </Button>
          </li>
        )}
        {assignee === null ? null : (
          <li>
            <Button
              variant="secondary"
              icon="close"
              disabled={quickAssign.isPending}
              onClick={() => assignQuickly(null)}
            >
              {t('cases.assignment.unassign')}
            </Button>
          </li>
        )}
      </ul>
      <h3 className="kern-heading-small" id="case-assign-colleague-heading">
        {t('cases.assignment.colleagueHeading')}
      </h3>
      {users.isPending ? <Spinner /> : null}
      {users.isError ? <QueryError error={users.error} onRetry={() => users.refetch()} /> : null}
      {users.data && colleagues.length === 0 ? (
        <p className="kern-body">{t('cases.assignment.noColleagues')}</p>
      ) : null}
      {colleagues.length > 0 ? (
        <Form
          schema={assignCaseSchema}
          idPrefix="case-assign"
          className="app-form app-narrow"
          aria-labelledby="case-assign-colleague-heading"
          defaultValues={{ userId: '' }}
          resetOnSuccess
          submitLabel={t('cases.assignment.submit')}
          submittingLabel={t('cases.assignment.submitting')}
          onSubmit={async (body) => {
            setNotice(null);
            quickAssign.reset();
            showNotice(await assignColleague.mutateAsync({ id: detail.id, body }));
          }}
        >
          <SelectField
            name="userId"
            label={t('cases.assignment.colleague')}
            hint={t('cases.assignment.colleagueHint')}
            placeholder={t('form.choose')}
            options={colleagues.map((user) => ({ value: user.id, label: user.name }))}
          />
        </Form>
      ) : null}
    </section>
  );
}
