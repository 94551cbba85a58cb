import type { Mandate } from '@itc/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePartnerOrganizations } from '../../../api/get-partner-organizations';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { formatDate } from '../../../lib/format';
import { useMandates } from '../api/get-mandates';
import { GrantMandateForm } from '../components/grant-mandate-form';
import { MandateStatusBadge } from '../components/mandate-status-badge';
import { RevokeMandateDialog } from '../components/revoke-mandate-dialog';

/** "Vollmachten für Partner": an employer's HR users grant and revoke mandates. */
export function EmployerMandatesPage() {
  const { t } = useTranslation();
  const mandates = useMandates();
  const partners = usePartnerOrganizations();
  const [revoking, setRevoking] = useState<Mandate | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const showNotice = (text: string) => {
    setNotice(text);
    setTimeout(() => noticeRef.current?.focus(), 0);
  };

  const partnerId = (mandate: Mandate) => `mandate-${mandate.id}-partner`;
  const columns: Column<Mandate>[] = [
    {
      key: 'partner',
      header: t('mandates.fields.partner'),
      rowHeader: true,
      cell: (mandate) => <span id={partnerId(mandate)}>{mandate.partner.name}</span>,
    },
    {
      key: 'type',
      header: t('fields.organizationType'),
      cell: (mandate) => t(`organizationTypes.${mandate.partner.type}`),
    },
    { key: 'grantedBy', header: t('mandates.fields.grantedBy'), cell: (m) => m.grantedByName },
    {
      key: 'grantedAt',
      header: t('mandates.fields.grantedAt'),
      cell: (mandate) => <time dateTime={mandate.grantedAt}>{formatDate(mandate.grantedAt)}</time>,
    },
    {
      key: 'status',
      header: t('fields.status'),
      cell: (mandate) => <MandateStatusBadge mandate={mandate} />,
    },
    {
      key: 'actions',
      header: t('common.actions'),
      action: true,
      cell: (mandate) =>
        mandate.revokedAt ? null : (
          <Button
            size="small"
            variant="secondary"
            icon="close"
            aria-describedby={partnerId(mandate)}
            onClick={() => setRevoking(mandate)}
          >
            {t('mandates.revoke.button')}
          </Button>
        ),
    },
  ];

  const activePartnerIds = new Set(
    (mandates.data ?? []).filter((m) => !m.revokedAt).map((m) => m.partner.id),
  );

  return (
    <div className="kern-stack-lg">
      <PageHeading title={t('mandates.employer.title')}>{t('mandates.employer.intro')}</PageHeading>
      {notice ? (
        <Alert ref={noticeRef} tabIndex={-1} variant="success" role="status" title={notice} />
      ) : null}
      <section className="kern-stack" aria-labelledby="mandates-list-heading">
        <h2 className="kern-heading-medium" id="mandates-list-heading">
          {t('mandates.employer.listHeading')}
        </h2>
        {mandates.isPending ? <Spinner /> : null}
        {mandates.isError ? (
          <QueryError error={mandates.error} onRetry={() => mandates.refetch()} />
        ) : null}
        {mandates.data?.length === 0 ? (
          <EmptyState title={t('mandates.employer.emptyTitle')}>
            {t('mandates.employer.emptyText')}
          </EmptyState>
        ) : null}
        {mandates.data && mandates.data.length > 0 ? (
          <DataTable
            caption={t('mandates.employer.caption')}
            captionHidden
            columns={columns}
            rows={mandates.data}
            rowKey={(mandate) => mandate.id}
          />
        ) : null}
      </section>
      <section className="kern-stack app-narrow" aria-labelledby="mandates-grant-heading">
        <h2 className="kern-heading-medium" id="mandates-grant-heading">
          {t('mandates.grant.heading')}
        </h2>
        <p className="kern-body">{t('mandates.grant.intro')}</p>
        {partners.isPending || mandates.isPending ? <Spinner /> : null}
        {partners.isError ? (
          <QueryError error={partners.error} onRetry={() => partners.refetch()} />
        ) : null}
        {partners.data && mandates.data ? (
          <GrantMandateForm
            partners={partners.data}
            activePartnerIds={activePartnerIds}
            onGranted={(mandate) =>
              showNotice(t('mandates.grant.success', { partner: mandate.partner.name }))
            }
          />
        ) : null}
      </section>
      {revoking ? (
        <RevokeMandateDialog
          mandate={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={(mandate) => {
            setRevoking(null);
            showNotice(t('mandates.revoke.success', { partner: mandate.partner.name }));
          }}
        />
      ) : null}
    </div>
  );
}
