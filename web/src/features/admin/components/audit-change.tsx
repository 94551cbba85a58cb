import {
  type AuditLogEntry,
  caseStatusLabels,
  registrationStatusLabels,
  type TypedAuditLogEntry,
} from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatList, formatNumber } from '../../../lib/format';
import { useLocale } from '../../../lib/use-country-options';

/** One line of what an entry says: a value, or a value before and after the action. */
type DetailRow = { label: string; before?: string; after: string };

function useDetailRows() {
  const { t } = useTranslation();
  const locale = useLocale();
  const notSet = t('admin.auditLog.notSet');
  const yesNo = (value: boolean | null) =>
    value === null ? notSet : t(value ? 'common.yes' : 'common.no');
  const date = (value: string | null) => (value === null ? notSet : formatDate(value));
  const dateTime = (value: string | null) => (value === null ? notSet : formatDateTime(value));
  const count = (value: number) => formatNumber(value);
  const value = (label: string, after: string): DetailRow[] => [{ label, after }];
  /** A change that left the value as it was is not worth a line. */
  const change = (label: string, before: string, after: string): DetailRow[] =>
    before === after ? [] : [{ label, before, after }];

  return (entry: TypedAuditLogEntry): DetailRow[] => {
    const nameOf = (id: string | null) =>
      id === null ? notSet : (entry.namesById[id] ?? t('admin.auditLog.nameUnknown'));
    switch (entry.action) {
      case 'auth.login':
      case 'auth.logout':
      case 'user.activated':
      case 'precheck.created':
      case 'auth.password_reset_requested':
      case 'auth.password_reset':
      case 'auth.second_factor_enabled':
      case 'auth.second_factor_disabled':
      case 'auth.recovery_code_used':
      case 'hire.personal_data_exported':
      case 'case.receipt_downloaded':
      case 'retention.hire_erased':
        return [];
      case 'organization.registered': {
        const { after } = entry.details;
        return [
          ...value(t('admin.auditLog.fields.name'), after.name),
          ...value(t('admin.auditLog.fields.betriebsnummer'), after.betriebsnummer),
        ];
      }
      case 'organization.verified':
      case 'organization.rejected': {
        const { before, after } = entry.details;
        return change(
          t('admin.auditLog.fields.verificationStatus'),
          t(`verificationStatus.${before.verificationStatus}`),
          t(`verificationStatus.${after.verificationStatus}`),
        );
      }
      case 'organization.created': {
        const { after } = entry.details;
        return [
          ...value(
            t('admin.auditLog.fields.organizationType'),
            t(`organizationTypes.${after.type}`),
          ),
          ...value(t('admin.auditLog.fields.name'), after.name),
        ];
      }
      case 'user.invited':
      case 'user.invitation_withdrawn': {
        const account =
          entry.action === 'user.invited' ? entry.details.after : entry.details.before;
        return [
          ...value(t('admin.auditLog.fields.email'), account.email),
          ...value(t('admin.auditLog.fields.role'), t(`roles.${account.role}`)),
          ...value(t('admin.auditLog.fields.organization'), nameOf(account.organizationId)),
        ];
      }
      case 'user.deactivated':
      case 'user.reactivated': {
        const { before, after } = entry.details;
        return change(t('admin.auditLog.fields.active'), yesNo(before.active), yesNo(after.active));
      }
      case 'user.preferences_changed': {
        const { before, after } = entry.details;
        return change(
          t('admin.auditLog.fields.locale'),
          t(`admin.auditLog.languages.${before.locale}`),
          t(`admin.auditLog.languages.${after.locale}`),
        );
      }
      case 'user.profile_changed': {
        const { before, after } = entry.details;
        if ('email' in after) {
          return change(
            t('admin.auditLog.fields.email'),
            'email' in before ? before.email : notSet,
            after.email,
          );
        }
        return 'name' in before
          ? [
              ...change(t('admin.auditLog.fields.name'), before.name, after.name),
              ...change(
                t('admin.auditLog.fields.locale'),
                t(`admin.auditLog.languages.${before.locale}`),
                t(`admin.auditLog.languages.${after.locale}`),
              ),
            ]
          : value(t('admin.auditLog.fields.name'), after.name);
      }
      case 'user.invitation_resent':
        return value(t('admin.auditLog.fields.expiresAt'), dateTime(entry.details.after.expiresAt));
      case 'mandate.granted':
      case 'case.shared':
        return value(
          t('admin.auditLog.fields.partnerOrganizationId'),
          nameOf(entry.details.after.partnerOrganizationId),
        );
      case 'mandate.revoked':
        return change(
          t('admin.auditLog.fields.revokedAt'),
          notSet,
          dateTime(entry.details.after.revokedAt),
        );
      case 'case.share_revoked': {
        const { after } = entry.details;
        return [
          ...value(
            t('admin.auditLog.fields.partnerOrganizationId'),
            nameOf(after.partnerOrganizationId),
          ),
          ...change(t('admin.auditLog.fields.revokedAt'), notSet, dateTime(after.revokedAt)),
        ];
      }
      case 'hire.created':
        return value(
          t('admin.auditLog.fields.status'),
          t(`hires.status.${entry.details.after.status}`),
        );
      case 'hire.archived': {
        const { before, after } = entry.details;
        return change(
          t('admin.auditLog.fields.status'),
          t(`hires.status.${before.status}`),
          t(`hires.status.${after.status}`),
        );
      }
      case 'hire.updated':
        return value(
          t('admin.auditLog.fields.changedFields'),
          formatList(
            entry.details.after.changedFields.map((field) =>
              t(`admin.auditLog.hireFields.${field}`),
            ),
          ),
        );
      case 'document.uploaded': {
        const { before, after } = entry.details;
        return before === null
          ? value(t('admin.auditLog.fields.fileName'), after.fileName)
          : [
              {
                label: t('admin.auditLog.fields.fileName'),
                before: before.fileName,
                after: after.fileName,
              },
            ];
      }
      case 'document.deleted':
        return value(t('admin.auditLog.fields.fileName'), entry.details.before.fileName);
      case 'document.viewed':
        return value(
          t('admin.auditLog.fields.disposition'),
          t(`admin.auditLog.dispositions.${entry.details.after.disposition}`),
        );
      case 'precheck.form_downloaded':
        return value(
          t('admin.auditLog.fields.form'),
          t(`admin.auditLog.forms.${entry.details.after.form}`),
        );
      case 'precheck.submitted':
      case 'retention.case_erased':
        return value(t('admin.auditLog.fields.reference'), entry.details.after.reference);
      case 'case.transitioned': {
        const { before, after } = entry.details;
        return [
          ...change(
            t('admin.auditLog.fields.status'),
            caseStatusLabels[before.status][locale],
            caseStatusLabels[after.status][locale],
          ),
          ...change(
            t('admin.auditLog.fields.dueAt'),
            date(before.dueAt ?? null),
            date(after.dueAt ?? null),
          ),
        ];
      }
      case 'case.assigned': {
        const { before, after } = entry.details;
        return change(
          t('admin.auditLog.fields.assigneeUserId'),
          nameOf(before.assigneeUserId),
          nameOf(after.assigneeUserId),
        );
      }
      case 'case.employment_ended': {
        const { after } = entry.details;
        return [
          ...value(t('admin.auditLog.fields.learnedOn'), date(after.learnedOn)),
          ...value(t('admin.auditLog.fields.reportDueAt'), date(after.reportDueAt)),
          ...value(t('admin.auditLog.fields.reportedLate'), yesNo(after.reportedLate)),
        ];
      }
      case 'case.exported': {
        const { after } = entry.details;
        return [
          ...value(t('admin.auditLog.fields.rows'), count(after.rows)),
          ...value(t('admin.auditLog.fields.search'), yesNo(after.filters.search)),
        ];
      }
      case 'event.created':
        return value(
          t('admin.auditLog.fields.status'),
          t(`admin.auditLog.eventStatuses.${entry.details.after.status}`),
        );
      case 'event.published':
      case 'event.cancelled': {
        const { before, after } = entry.details;
        return [
          ...change(
            t('admin.auditLog.fields.status'),
            t(`admin.auditLog.eventStatuses.${before.status}`),
            t(`admin.auditLog.eventStatuses.${after.status}`),
          ),
          ...('notified' in after
            ? value(t('admin.auditLog.fields.notified'), count(after.notified))
            : []),
        ];
      }
      case 'event.updated':
        return value(
          t('admin.auditLog.fields.changedFields'),
          formatList(
            entry.details.after.changedFields.map((field) =>
              t(`admin.auditLog.eventFields.${field}`),
            ),
          ),
        );
      case 'event.registration_cancelled': {
        const { before, after } = entry.details;
        return [
          ...change(
            t('admin.auditLog.fields.status'),
            registrationStatusLabels[before.status][locale],
            registrationStatusLabels[after.status][locale],
          ),
          ...value(t('admin.auditLog.fields.promoted'), count(after.promoted.length)),
        ];
      }
      case 'event.attendance_recorded': {
        const { before, after } = entry.details;
        return change(
          t('admin.auditLog.fields.attended'),
          yesNo(before.attended),
          yesNo(after.attended),
        );
      }
      case 'event.participants_exported':
        return value(t('admin.auditLog.fields.rows'), count(entry.details.after.rows));
      case 'event.message_sent': {
        const { after } = entry.details;
        return [
          ...value(t('admin.auditLog.fields.subject'), after.subject),
          ...value(t('admin.auditLog.fields.recipients'), count(after.recipients)),
        ];
      }
      case 'auth.password_changed':
      case 'auth.session_ended':
        return value(
          t('admin.auditLog.fields.endedSessions'),
          count(entry.details.after.endedSessions),
        );
      case 'auth.second_factor_reset': {
        const { before, after } = entry.details;
        return change(
          t('admin.auditLog.fields.secondFactor'),
          yesNo(before.secondFactorEnabled),
          yesNo(after.secondFactorEnabled),
        );
      }
      default: {
        const unhandled: never = entry;
        return unhandled;
      }
    }
  };
}

/** What the entry records, in words ("Field: before → after"), then the data it stored. */
export function AuditChange({ entry }: { entry: AuditLogEntry }) {
  const { t } = useTranslation();
  const detailRows = useDetailRows();
  if (entry.details === null) {
    return <span className="kern-body--small">{t('admin.auditLog.detailsUnreadable')}</span>;
  }
  const rows = detailRows(entry);
  const { before, after } = entry.details;
  const hasData = before !== null || after !== null;
  if (rows.length === 0 && !hasData) return <>–</>;
  return (
    <>
      {rows.length > 0 ? (
        <dl className="app-audit-change">
          {rows.map((row) => (
            <div key={row.label}>
              <dt>{row.label}:</dt>{' '}
              <dd>
                {row.before === undefined ? null : (
                  <>
                    {row.before}
                    <span aria-hidden="true"> → </span>
                    <span className="kern-sr-only"> {t('admin.auditLog.changedTo')} </span>
                  </>
                )}
                {row.after}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {hasData ? (
        <details className="app-audit-data">
          <summary>{t('admin.auditLog.storedData')}</summary>
          <pre>{JSON.stringify(entry.details, null, 2)}</pre>
        </details>
      ) : null}
    </>
  );
}
