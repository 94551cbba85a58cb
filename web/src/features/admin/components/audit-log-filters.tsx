import { auditLogQuerySchema, type User } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../components/ui/button';
import { Form } from '../../../components/ui/form';
import { PeriodFields } from '../../../components/ui/period-fields';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { textOrBlank } from '../../../lib/form-values';
import { periodInOrder } from '../../../lib/period';
import type { AuditLogFilters as Filters } from '../api/keys';

const { shape } = auditLogQuerySchema;

/** The filters as the shared query checks them; an empty field filters nothing. */
export const auditLogFilterSchema = periodInOrder(
  z.object({
    actorUserId: textOrBlank(shape.actorUserId),
    caseReference: textOrBlank(shape.caseReference),
    from: textOrBlank(shape.from),
    to: textOrBlank(shape.to),
  }),
  'from',
  'to',
);

type AuditLogFiltersProps = {
  filters: Filters;
  users: User[];
  onChange: (filters: Filters) => void;
};

/** Person, case and period, applied together with one button. */
export function AuditLogFilters({ filters, users, onChange }: AuditLogFiltersProps) {
  const { t } = useTranslation();
  const isFiltered = Object.values(filters).some(Boolean);
  return (
    <search aria-label={t('admin.auditLog.filtersLabel')}>
      <Form
        schema={auditLogFilterSchema}
        values={{
          actorUserId: filters.actorUserId ?? '',
          caseReference: filters.caseReference ?? '',
          from: filters.from ?? '',
          to: filters.to ?? '',
        }}
        onSubmit={onChange}
        submitLabel={t('admin.auditLog.apply')}
        idPrefix="audit-log-filter"
        className="app-filter-form"
        submitVariant="secondary"
        secondaryActions={
          isFiltered ? (
            <Button
              variant="tertiary"
              icon="close"
              onClick={() => {
                onChange({});
                // The button goes with the filters it cleared; focus stays in the filters.
                document.getElementById('audit-log-filter-actorUserId')?.focus();
              }}
            >
              {t('admin.auditLog.reset')}
            </Button>
          ) : null
        }
      >
        <div className="app-filter-form__fields">
          <SelectField
            name="actorUserId"
            label={t('admin.auditLog.actor')}
            placeholder={t('admin.auditLog.allActors')}
            options={users.map((user) => ({
              value: user.id,
              label: `${user.name} (${user.organization.name})`,
            }))}
            optional
          />
          <TextField
            name="caseReference"
            label={t('admin.auditLog.caseReference')}
            hint={t('admin.auditLog.caseReferenceHint')}
            width="medium"
            spellCheck={false}
            optional
          />
          <PeriodFields
            from={{
              name: 'from',
              label: t('admin.auditLog.from'),
              summaryLabel: t('admin.auditLog.fromSummary'),
            }}
            to={{
              name: 'to',
              label: t('admin.auditLog.to'),
              summaryLabel: t('admin.auditLog.toSummary'),
            }}
          />
        </div>
      </Form>
    </search>
  );
}
