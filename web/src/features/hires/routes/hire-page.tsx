import type { Hire } from '@itc/shared';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonGroup, ButtonLink } from '../../../components/ui/button';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { TextLink } from '../../../components/ui/text-link';
import { useHire } from '../api/get-hire';
import { ArchiveHireDialog } from '../components/archive-hire-dialog';
import { FamilyMemberList, HireDetails } from '../components/hire-details';
import { HireStatusBadge } from '../components/hire-status-badge';
import { PersonalDataExportSection } from '../components/personal-data-export-section';

type HirePageProps = {
  hireId: string;
  /** HR users and mandated partners; city staff read only. */
  canEdit: boolean;
  /** The employer's own HR users and city staff answer a person's request for their data. */
  canExportPersonalData: boolean;
  /** The hire's pre-checks (composed by the route from the pre-checks feature). */
  renderPrechecks: (hire: Hire) => ReactNode;
};

export function HirePage({
  hireId,
  canEdit,
  canExportPersonalData,
  renderPrechecks,
}: HirePageProps) {
  const { t } = useTranslation();
  const hire = useHire(hireId);
  const [isArchiving, setArchiving] = useState(false);
  const [archived, setArchived] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  if (hire.isPending) return <Spinner />;
  if (hire.isError) return <QueryError error={hire.error} onRetry={() => hire.refetch()} />;
  const current = hire.data;
  const name = `${current.givenNames} ${current.familyName}`;
  const isArchived = current.status === 'archived';

  return (
    <div className="kern-stack-lg">
      <TextLink to="/hires">{t('hires.detail.backToList')}</TextLink>
      <PageHeading title={name} preline={t('hires.detail.preline')} />
      <div className="app-inline-status">
        <HireStatusBadge status={current.status} />
      </div>
      {archived ? (
        <Alert
          ref={noticeRef}
          tabIndex={-1}
          variant="success"
          role="status"
          title={t('hires.archive.done', { name })}
        />
      ) : null}
      {canEdit && !isArchived ? (
        <ButtonGroup>
          <ButtonLink to={`/hires/${current.id}/edit`} variant="secondary" icon="edit">
            {t('hires.detail.edit')}
          </ButtonLink>
          {current.status === 'in_procedure' ? null : (
            <Button variant="tertiary" icon="delete" onClick={() => setArchiving(true)}>
              {t('hires.detail.archive')}
            </Button>
          )}
        </ButtonGroup>
      ) : null}
      {current.status === 'in_procedure' && canEdit ? (
        <p className="kern-body kern-body--muted">{t('hires.detail.inProcedureNote')}</p>
      ) : null}
      <section className="kern-stack" aria-labelledby="hire-prechecks-heading">
        <h2 className="kern-heading-medium" id="hire-prechecks-heading">
          {t('hires.detail.prechecksHeading')}
        </h2>
        {renderPrechecks(current)}
      </section>
      <section className="kern-stack app-narrow" aria-labelledby="hire-details-heading">
        <h2 className="kern-heading-medium" id="hire-details-heading">
          {t('hires.detail.detailsHeading')}
        </h2>
        <HireDetails hire={current} />
      </section>
      <section className="kern-stack app-narrow" aria-labelledby="hire-family-heading">
        <h2 className="kern-heading-medium" id="hire-family-heading">
          {t('hires.detail.familyHeading')}
        </h2>
        <FamilyMemberList hire={current} />
      </section>
      {canExportPersonalData ? <PersonalDataExportSection hireId={current.id} /> : null}
      {isArchiving ? (
        <ArchiveHireDialog
          hire={current}
          onClose={() => setArchiving(false)}
          onArchived={() => {
            setArchiving(false);
            setArchived(true);
            setTimeout(() => noticeRef.current?.focus(), 0);
          }}
        />
      ) : null}
    </div>
  );
}
