import type { CaseDetail, CaseShare } from '@itc/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { type Column, DataTable } from '../../../components/ui/table';
import { formatDate, formatList } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';
import { RevokeShareDialog } from './revoke-share-dialog';
import { ShareCaseForm } from './share-case-form';

/**
 * The partners the case is shared with. The employer side shares it with an IHK or Jobcenter
 * and ends shares; city staff only see them.
 */
export function CaseShares({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [revoking, setRevoking] = useState<CaseShare | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const canShare = detail.can.share;

  const showNotice = (text: string) => {
    setNotice(text);
    setTimeout(() => noticeRef.current?.focus(), 0);
  };

  const partnerId = (share: CaseShare) => `case-share-${share.id}-partner`;
  const columns: Column<CaseShare>[] = [
    {
      key: 'partner',
      header: t('cases.shares.partnerColumn'),
      rowHeader: true,
      cell: (share) => <span id={partnerId(share)}>{share.partner.name}</span>,
    },
    {
      key: 'type',
      header: t('fields.organizationType'),
      cell: (share) => t(`organizationTypes.${share.partner.type}`),
    },
    { key: 'sharedBy', header: t('cases.shares.sharedBy'), cell: (share) => share.sharedByName },
    {
      key: 'sharedAt',
      header: t('cases.shares.sharedAt'),
      cell: (share) => <time dateTime={share.sharedAt}>{formatDate(share.sharedAt)}</time>,
    },
    ...(canShare
      ? [
          {
            key: 'actions',
            header: t('common.actions'),
            action: true,
            cell: (share: CaseShare) => (
              <Button
                size="small"
                variant="secondary"
                icon="close"
                aria-describedby={partnerId(share)}
                onClick={() => setRevoking(share)}
              >
                {t('cases.shares.revoke')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <section className="kern-stack" aria-labelledby="case-shares-heading">
      <h2 className="kern-heading-medium" id="case-shares-heading">
        {t('cases.shares.heading')}
      </h2>
      {canShare ? <p className="kern-body app-narrow">{t('cases.shares.intro')}</p> : null}
      <div role="status" className="app-live-region">
        {notice ? <Alert ref={noticeRef} tabIndex={-1} variant="success" title={notice} /> : null}
      </div>
      {detail.shares.length === 0 ? (
        <p className="kern-body">{t('cases.shares.none')}</p>
      ) : (
        <DataTable
          caption={t('cases.shares.caption')}
          columns={columns}
          rows={detail.shares}
          rowKey={(share) => share.id}
        />
      )}
      {canShare ? (
        <>
          <h3 className="kern-heading-small" id="case-share-form-heading">
            {t('cases.shares.formHeading')}
          </h3>
          {detail.partnersWithMandate.length > 0 ? (
            <p className="kern-body app-narrow">
              {t('cases.shares.withMandate', {
                count: detail.partnersWithMandate.length,
                partners: formatList(
                  detail.partnersWithMandate.map((partner) => partner.name),
                  locale,
                ),
              })}
            </p>
          ) : null}
          <ShareCaseForm
            caseId={detail.id}
            unavailablePartnerIds={
              new Set([
                ...detail.shares.map((share) => share.partner.id),
                ...detail.partnersWithMandate.map((partner) => partner.id),
              ])
            }
            onShared={(share) =>
              showNotice(t('cases.shares.sharedNotice', { partner: share.partner.name }))
            }
          />
        </>
      ) : null}
      {revoking ? (
        <RevokeShareDialog
          caseId={detail.id}
          share={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={(share) => {
            setRevoking(null);
            showNotice(t('cases.shares.revokedNotice', { partner: share.partner.name }));
          }}
        />
      ) : null}
    </section>
  );
}
