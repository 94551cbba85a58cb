import type { Precheck } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { type Column, DataTable } from '../../../components/ui/table';
import { TextLink } from '../../../components/ui/text-link';
import { useErrorMessage } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useStartPrecheck } from '../api/create-precheck';
import { fileLinks } from '../api/file-links';
import { usePrechecks } from '../api/get-prechecks';

type PrechecksSectionProps = {
  hireId: string;
  /** Only an active hire can get a new pre-check. */
  hireIsActive: boolean;
  /** HR users and mandated partners; city staff only look. */
  canAct: boolean;
};

/** On the hire's page: start a pre-check, resume the draft, open a submission's receipt. */
export function PrechecksSection({ hireId, hireIsActive, canAct }: PrechecksSectionProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const prechecks = usePrechecks({ hireId });
  const start = useStartPrecheck();
  const [startError, setStartError] = useState<unknown>(null);

  if (prechecks.isPending) return <Spinner />;
  if (prechecks.isError) {
    return <QueryError error={prechecks.error} onRetry={() => prechecks.refetch()} />;
  }
  const rows = prechecks.data;
  const hasDraft = rows.some((precheck) => precheck.status === 'draft');

  const columns: Column<Precheck>[] = [
    {
      key: 'status',
      header: t('fields.status'),
      rowHeader: true,
      cell: (precheck) =>
        precheck.status === 'draft' ? (
          <Badge variant="info">{t('prechecks.section.draft')}</Badge>
        ) : (
          <Badge variant="success">{t('prechecks.section.submitted')}</Badge>
        ),
    },
    {
      key: 'updated',
      header: t('prechecks.section.updatedAt'),
      cell: (precheck) => (
        <time dateTime={precheck.updatedAt}>{formatDateTime(precheck.updatedAt)}</time>
      ),
    },
    {
      key: 'step',
      header: t('prechecks.section.step'),
      cell: (precheck) =>
        precheck.status === 'draft' ? t(`prechecks.steps.${precheck.step}`) : '–',
    },
    {
      key: 'actions',
      header: t('common.actions'),
      cell: (precheck) => {
        if (precheck.status === 'draft') {
          return canAct ? (
            <TextLink to={`/prechecks/${precheck.id}/${precheck.step}`}>
              {t('prechecks.section.resume')}
            </TextLink>
          ) : (
            t('prechecks.section.inPreparation')
          );
        }
        return precheck.caseId ? (
          <span className="app-link-list">
            <a className="kern-link" href={fileLinks.receipt(precheck.caseId)}>
              {t('prechecks.section.receipt')}
            </a>
            <TextLink to={`/prechecks/${precheck.id}/submitted`}>
              {t('prechecks.section.confirmation')}
            </TextLink>
          </span>
        ) : null;
      },
    },
  ];

  return (
    <div className="kern-stack">
      {rows.length === 0 ? <p className="kern-body">{t('prechecks.section.none')}</p> : null}
      {rows.length > 0 ? (
        <DataTable
          caption={t('prechecks.section.caption')}
          captionHidden
          columns={columns}
          rows={rows}
          rowKey={(precheck) => precheck.id}
        />
      ) : null}
      {canAct && hireIsActive && !hasDraft ? (
        <div>
          <Button
            icon="add"
            disabled={start.isPending}
            onClick={() => {
              setStartError(null);
              start.mutate(hireId, {
                onSuccess: (precheck) => navigate(`/prechecks/${precheck.id}/${precheck.step}`),
                onError: setStartError,
              });
            }}
          >
            {t('prechecks.section.start')}
          </Button>
        </div>
      ) : null}
      {startError ? (
        <Alert variant="danger" role="alert" title={t('prechecks.section.startFailed')}>
          <p className="kern-body">{errorMessage(startError)}</p>
        </Alert>
      ) : null}
    </div>
  );
}
