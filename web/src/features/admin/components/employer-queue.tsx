import type { Organization } from '@itc/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { VerificationBadge } from '../../../components/ui/verification-badge';
import { useErrorMessage } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { useAdminOrganizations } from '../api/get-organizations';
import { useVerifyOrganization } from '../api/verify-organization';
import { RejectDialog } from './reject-dialog';

type Notice = { variant: 'success' | 'danger'; text: string };

const pendingEmployers = { type: 'employer', verificationStatus: 'pending' } as const;

/**
 * Employers that registered and wait for the city's check. A decided row stays in place with
 * its new badge until the list is opened again, so that nothing jumps under the keyboard focus.
 */
export function EmployerQueue() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const organizations = useAdminOrganizations(pendingEmployers);
  const verify = useVerifyOrganization();
  const [rejecting, setRejecting] = useState<Organization | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const showNotice = (next: Notice) => {
    setNotice(next);
    // The button that was used is gone now; the message is the next sensible place for focus.
    setTimeout(() => noticeRef.current?.focus(), 0);
  };

  if (organizations.isPending) return <Spinner />;
  if (organizations.isError) {
    return <QueryError error={organizations.error} onRetry={() => organizations.refetch()} />;
  }

  const rows = organizations.data.pages.flatMap((page) => page.items);
  const nameId = (organization: Organization) => `employer-${organization.id}-name`;

  const columns: Column<Organization>[] = [
    {
      key: 'name',
      header: t('fields.companyName'),
      rowHeader: true,
      cell: (organization) => <span id={nameId(organization)}>{organization.name}</span>,
    },
    {
      key: 'address',
      header: t('fields.address'),
      cell: (organization) =>
        organization.address ? (
          <>
            {organization.address.street}
            <br />
            {organization.address.postalCode} {organization.address.city}
          </>
        ) : (
          '–'
        ),
    },
    {
      key: 'register',
      header: t('admin.employers.registerNumbers'),
      cell: (organization) => (
        <>
          {organization.handelsregisterNumber ?? '–'}
          <br />
          <span className="kern-body--muted">
            {t('fields.betriebsnummerShort')}: {organization.betriebsnummer ?? '–'}
          </span>
        </>
      ),
    },
    {
      key: 'created',
      header: t('fields.registeredOn'),
      cell: (organization) => (
        <time dateTime={organization.createdAt}>{formatDate(organization.createdAt)}</time>
      ),
    },
    {
      key: 'status',
      header: t('fields.status'),
      cell: (organization) => <VerificationBadge status={organization.verificationStatus} />,
    },
    {
      key: 'actions',
      header: t('common.actions'),
      action: true,
      cell: (organization) =>
        organization.verificationStatus === 'pending' ? (
          <div className="kern-btn-wrapper app-row-actions">
            <Button
              size="small"
              icon="check"
              aria-describedby={nameId(organization)}
              disabled={verify.isPending && verify.variables === organization.id}
              onClick={() =>
                verify.mutate(organization.id, {
                  onSuccess: (verified) =>
                    showNotice({
                      variant: 'success',
                      text: t('admin.employers.verified', { name: verified.name }),
                    }),
                  onError: (error) => showNotice({ variant: 'danger', text: errorMessage(error) }),
                })
              }
            >
              {t('admin.employers.verify')}
            </Button>
            <Button
              size="small"
              variant="secondary"
              icon="close"
              aria-describedby={nameId(organization)}
              onClick={() => setRejecting(organization)}
            >
              {t('admin.employers.reject')}
            </Button>
          </div>
        ) : (
          <span className="kern-body--muted">{t('admin.employers.decided')}</span>
        ),
    },
  ];

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
            rowKey={(organization) => organization.id}
          />
          <LoadMore
            shown={rows.length}
            hasMore={organizations.hasNextPage}
            isLoading={organizations.isFetchingNextPage}
            onLoadMore={() => organizations.fetchNextPage()}
          />
        </>
      )}
      {rejecting ? (
        <RejectDialog
          organization={rejecting}
          onClose={() => setRejecting(null)}
          onRejected={(rejected) => {
            setRejecting(null);
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
