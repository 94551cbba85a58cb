import { auditLogQuerySchema } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { Spinner } from '../../../components/ui/spinner';
import { readSearchParams, toSearchParams } from '../../../lib/search-params';
import { useUserOptions } from '../api/get-users';
import type { AuditLogFilters as Filters } from '../api/keys';
import { AuditLogFilters, auditLogFilterSchema } from '../components/audit-log-filters';
import { AuditLogTable } from '../components/audit-log-table';

const { shape } = auditLogQuerySchema;
const filterParams = {
  actorUserId: shape.actorUserId,
  caseReference: shape.caseReference,
  from: shape.from,
  to: shape.to,
};

function readFilters(params: URLSearchParams): Filters {
  const filters = readSearchParams(params, filterParams);
  // A reversed period (an edited link) would be refused; the list then ignores it.
  return auditLogFilterSchema.safeParse(filters).success
    ? filters
    : { ...filters, from: undefined, to: undefined };
}

/** City admins: who did what, when, for whom; filters live in the URL. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const users = useUserOptions();

  return (
    <div className="kern-stack-lg">
      <PageHeading title={t('admin.auditLog.title')}>{t('admin.auditLog.intro')}</PageHeading>
      {users.isPending ? <Spinner /> : null}
      {users.isError ? <QueryError error={users.error} onRetry={() => users.refetch()} /> : null}
      {users.data ? (
        <AuditLogFilters
          filters={filters}
          users={users.data}
          onChange={(next) => setSearchParams(toSearchParams(next))}
        />
      ) : null}
      <section className="kern-stack" aria-labelledby="audit-log-list-heading">
        <h2 className="kern-heading-medium" id="audit-log-list-heading">
          {t('admin.auditLog.listHeading')}
        </h2>
        <AuditLogTable filters={filters} isFiltered={Object.values(filters).some(Boolean)} />
      </section>
    </div>
  );
}
