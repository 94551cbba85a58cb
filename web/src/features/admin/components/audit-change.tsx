import {
  type AuditLogEntry,
  caseStatusLabels,
  caseStatusSchema,
  hireStatusSchema,
  localeSchema,
  verificationStatusSchema,
} from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';

type Values = Record<string, unknown>;

const asValues = (value: unknown): Values =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Values) : {};

/**
 * The fields whose change an auditor reads at a glance, in this order. Everything else an entry
 * stored (ids, versions, hashes) is in its stored data.
 */
const summarisedFields = [
  'status',
  'verificationStatus',
  'active',
  'dueAt',
  'learnedOn',
  'reportDueAt',
  'revokedAt',
  'attended',
  'locale',
  'fileName',
  'assigneeUserId',
  'partnerOrganizationId',
] as const;
type SummarisedField = (typeof summarisedFields)[number];

/** A status is named only where its target's statuses have names: cases and hires. */
const namedStatusTargets = new Set<AuditLogEntry['targetType']>(['case', 'hire']);

function useFormatValue({ targetType, namesById }: AuditLogEntry) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (field: SummarisedField, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('admin.auditLog.notSet');
    const text = String(value);
    switch (field) {
      case 'status': {
        if (targetType === 'case') {
          const status = caseStatusSchema.safeParse(value);
          return status.success ? caseStatusLabels[status.data][locale] : text;
        }
        const status = hireStatusSchema.safeParse(value);
        return status.success ? t(`hires.status.${status.data}`) : text;
      }
      case 'verificationStatus': {
        const status = verificationStatusSchema.safeParse(value);
        return status.success ? t(`verificationStatus.${status.data}`) : text;
      }
      case 'active':
      case 'attended':
        return t(value === true ? 'common.yes' : 'common.no');
      case 'dueAt':
      case 'learnedOn':
      case 'reportDueAt':
        return formatDate(text);
      case 'revokedAt':
        return formatDateTime(text);
      case 'assigneeUserId':
      case 'partnerOrganizationId':
        return namesById[text] ?? t('admin.auditLog.nameUnknown');
      case 'locale': {
        const language = localeSchema.safeParse(value);
        return language.success ? t(`admin.auditLog.languages.${language.data}`) : text;
      }
      default:
        return text;
    }
  };
}

/** "Field: before → after" for what the entry changed, then the data it stored. */
export function AuditChange({ entry }: { entry: AuditLogEntry }) {
  const { t } = useTranslation();
  const formatValue = useFormatValue(entry);
  const before = asValues(entry.before);
  const after = asValues(entry.after);
  const changes = summarisedFields.filter(
    (field) =>
      (field in before || field in after) &&
      JSON.stringify(before[field]) !== JSON.stringify(after[field]) &&
      (field !== 'status' || namedStatusTargets.has(entry.targetType)),
  );
  const hasData = entry.before !== null || entry.after !== null;
  if (changes.length === 0 && !hasData) return <>–</>;
  return (
    <>
      {changes.length > 0 ? (
        <dl className="app-audit-change">
          {changes.map((field) => (
            <div key={field}>
              <dt>{t(`admin.auditLog.fields.${field}`)}:</dt>{' '}
              <dd>
                {field in before ? (
                  <>
                    {formatValue(field, before[field])}
                    <span aria-hidden="true"> → </span>
                    <span className="kern-sr-only"> {t('admin.auditLog.changedTo')} </span>
                  </>
                ) : null}
                {formatValue(field, after[field])}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {hasData ? (
        <details className="app-audit-data">
          <summary>{t('admin.auditLog.storedData')}</summary>
          <pre>{JSON.stringify({ before: entry.before, after: entry.after }, null, 2)}</pre>
        </details>
      ) : null}
    </>
  );
}
