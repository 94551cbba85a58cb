import { findOccupation, occupationFields, occupations } from '@itc/shared';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';
import { useLocale } from '../../../lib/use-country-options';

const name = 'answers.job.iscoCode';

/**
 * ISCO-08 occupations grouped by field, titled in the UI language; typing the first letters
 * jumps to an entry. The choice sets the job flags (shortage, IT, regulated) via
 * `occupationFlags`; the line below says which apply.
 */
export function OccupationSelect() {
  const { t } = useTranslation();
  const locale = useLocale();
  const groups = useMemo(() => {
    const collator = new Intl.Collator(locale);
    const title = (o: (typeof occupations)[number]) => (locale === 'de' ? o.titleDe : o.titleEn);
    return occupationFields.map((field) => ({
      label: t(`prechecks.occupationFields.${field}`),
      options: occupations
        .filter((occupation) => occupation.field === field)
        .sort((a, b) => collator.compare(title(a), title(b)))
        .map((occupation) => ({
          value: occupation.code,
          label: `${title(occupation)} (${occupation.code})`,
        })),
    }));
  }, [locale, t]);

  return (
    <div className="kern-stack-sm">
      <SelectField
        name={name}
        label={t('prechecks.job.occupation')}
        hint={t('prechecks.job.occupationHint')}
        placeholder={t('form.choose')}
        groups={groups}
      />
      <OccupationFlagsNote />
    </div>
  );
}

function OccupationFlagsNote() {
  const { t } = useTranslation();
  const code = useWatch({ name }) as string | undefined;
  const occupation = code ? findOccupation(code) : undefined;
  if (!occupation) return null;
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <ul
      className="kern-list kern-list--small app-occupation-flags"
      aria-label={t('prechecks.job.flagsLabel')}
    >
      <li>
        {t('prechecks.job.flagShortage')}: {yesNo(occupation.shortage)}
      </li>
      <li>
        {t('prechecks.job.flagIt')}: {yesNo(occupation.it)}
      </li>
      <li>
        {t('prechecks.job.flagRegulated')}: {yesNo(occupation.regulated)}
        {occupation.regulated ? ` – ${t('prechecks.job.flagRegulatedNote')}` : ''}
      </li>
    </ul>
  );
}
