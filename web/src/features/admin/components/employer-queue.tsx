import type { EmployerRegistrationReview } from '@itc/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmActionDialog } from '../../../components/ui/confirm-action-dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { VerificationBadge } from '../../../components/ui/verification-badge';
import { formatDate } from '../../../lib/format';
import { useEmployerRegistrations } from '../api/get-employer-registrations';
import { useVerifyOrganization } from '../api/verify-organization';
import { EmployerRegistrationDialog } from './employer-registration-dialog';
import { RejectDialog } from './reject-dialog';

type Notice = { variant: 'success' | 'danger'; text: string };

/** One dialog at a time: the details, or the question before a decision. */
type Open = {
  dialog: 'details' | 'verify' | 'reject';
  registration: EmployerRegistrationReview;
} | null;

const pendingEmployers = { verificationStatus: 'pending' } as const;

/**
 * Employers that registered and wait for the city's check. A decided row stays in place with
 * its new badge until the list is opened again, so that nothing jumps under the keyboard focus.
 */
export function EmployerQueue() {
  const { t } = useTranslation();
  const registrations = useEmployerRegistrations(pendingEmployers);
  const verify = useVerifyOrganization();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const showNotice = (next: Notice) => {
    setNotice(next);
    // The button that was used is gone now; the message is the next sensible place for focus.
    setTimeout(() => noticeRef.current?.focus(), 0);
  };

  if (registrations.isPending) return <Spinner />;
  if (registrations.isError) {
    return <QueryError error={registrations.error} onRetry={() => registrations.refetch()} />;
  }

  const rows = registrations.data.pages.flatMap((page) => page.items);
  const nameId = (registration: EmployerRegistrationReview) => `employer-${registration.id}-name`;
  const isPending = (registration: EmployerRegistrationReview) =>
    registration.verificationStatus === 'pending';

  const columns: Column<EmployerRegistrationReview>[] = [
    {
      key: 'name',
      header: t('fields.companyName'),
      rowHeader: true,
      cell: (registration) => <span id={nameId(registration)}>{registration.name}</span>,
    },
    {
      key: 'registrant',
      header: t('admin.employers.registrant'),
      cell: ({ registrant }) =>
        registrant ? (
          // One element per cell, so the lines stay together when the table stacks on a phone.
          <div>
            <div>{registrant.name}</div>
            <div className="app-break-anywhere">{registrant.email}</div>
          </div>
        ) : (
          <span className="kern-body--muted">{t('admin.employers.noRegistrant')}</span>
        ),
    },
    {
      key: 'register',
      header: t('admin.employers.registerNumbers'),
      cell: (registration) => (
        <div>
          <div>{registration.handelsregisterNumber ?? '–'}</div>
          <div className="kern-body--muted">
            {t('fields.betriebsnummerShort')}: {registration.betriebsnummer ?? '–'}
          </div>
        </div>
      ),
    },
    {
      key: 'created',
      header: t('fields.registeredOn'),
      cell: (registration) => (
        <time dateTime={registration.createdAt}>{formatDate(registration.createdAt)}</time>
      ),
    },
    {
      key: 'status',
      header: t('fields.status'),
      cell: (registration) => <VerificationBadge status={registration.verificationStatus} />,
    },
    {
      key: 'actions',
      header: t('common.actions'),
      action: true,
      cell: (registration) => (
        <div className="kern-btn-wrapper app-row-actions">
          <Button
            size="small"
            variant="secondary"
            icon="visibility"
            aria-describedby={nameId(registration)}
            onClick={() => setOpen({ dialog: 'details', registration })}
          >
            {t('admin.employers.showDetails')}
          </Button>
          {isPending(registration) ? (
            <>
              <Button
                size="small"
                icon="check"
                aria-describedby={nameId(registration)}
                onClick={() => setOpen({ dialog: 'verify', registration })}
              >
                {t('admin.employers.verifyEllipsis')}
              </Button>
              <Button
                size="small"
                variant="secondary"
                icon="close"
                aria-describedby={nameId(registration)}
                onClick={() => setOpen({ dialog: 'reject', registration })}
              >
                {t('admin.employers.rejectEllipsis')}
              </Button>
            </>
          ) : null}
        </div>
      ),
    },
  ];

  const close = () => setOpen(null);

  return (
    <div className="kern-stack">
      {notice ? (
        <Alert
          ref={noticeRef}
          tabIndex={-1}
          variant={notice.variant}
          role={notice.variant === 'danger' ? 'alert' : 'status'}
          title={notice.text}
        />
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title={t('admin.employers.emptyTitle')}>
          {t('admin.employers.emptyText')}
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption={t('admin.employers.caption')}
            captionHidden
            columns={columns}
            rows={rows}
            rowKey={(registration) => registration.id}
          />
          <LoadMore
            shown={rows.length}
            hasMore={registrations.hasNextPage}
            isLoading={registrations.isFetchingNextPage}
            onLoadMore={() => registrations.fetchNextPage()}
          />
        </>
      )}
      {open?.dialog === 'details' ? (
        <EmployerRegistrationDialog
          registration={open.registration}
          onClose={close}
          {...(isPending(open.registration)
            ? {
                onVerify: () => setOpen({ dialog: 'verify', registration: open.registration }),
                onReject: () => setOpen({ dialog: 'reject', registration: open.registration }),
              }
            : {})}
        />
      ) : null}
      {open?.dialog === 'verify' ? (
        <ConfirmActionDialog
          title={t('admin.employers.verifyDialog.title', { name: open.registration.name })}
          confirmLabel={t('admin.employers.verify')}
          pendingLabel={t('admin.employers.verifying')}
          onClose={close}
          onConfirm={async () => {
            const verified = await verify.mutateAsync(open.registration.id);
            close();
            showNotice({
              variant: 'success',
              text: t('admin.employers.verified', { name: verified.name }),
            });
          }}
        >
          <p>{t('admin.employers.verifyDialog.text')}</p>
          {open.registration.registrant ? (
            <p>
              {t('admin.employers.verifyDialog.mail', {
                email: open.registration.registrant.email,
              })}
            </p>
          ) : null}
        </ConfirmActionDialog>
      ) : null}
      {open?.dialog === 'reject' ? (
        <RejectDialog
          organization={open.registration}
          onClose={close}
          onRejected={(rejected) => {
            close();
            showNotice({
              variant: 'success',
              text: t('admin.employers.rejected', { name: rejected.name }),
            });
          }}
        />
      ) : null}
    </div>
  );
}
