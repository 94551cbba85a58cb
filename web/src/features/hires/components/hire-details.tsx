import type { Hire } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { type DescriptionItem, DescriptionList } from '../../../components/ui/description-list';
import { formatDate, formatNumber } from '../../../lib/format';
import { useCountryName, useLocale } from '../../../lib/use-country-options';

function useQualificationText() {
  const { t } = useTranslation();
  const countryName = useCountryName();
  return (hire: Hire) => {
    const { qualification } = hire;
    if (qualification.level === 'none') return t('qualification.level.none');
    const parts = [
      t(`qualification.level.${qualification.level}`),
      qualification.title,
      qualification.country ? countryName(qualification.country) : null,
      qualification.completedYear ? String(qualification.completedYear) : null,
    ];
    return parts.filter(Boolean).join(' · ');
  };
}

/** Everything known about the hire, in the order of the form. */
export function HireDetails({ hire }: { hire: Hire }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const qualificationText = useQualificationText();
  const { qualification } = hire;
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const items: DescriptionItem[] = [
    { key: 'employer', label: t('hires.fields.employer'), value: hire.organizationName },
    { key: 'givenNames', label: t('hires.fields.givenNames'), value: hire.givenNames },
    { key: 'familyName', label: t('hires.fields.familyName'), value: hire.familyName },
    {
      key: 'dateOfBirth',
      label: t('hires.fields.dateOfBirth'),
      value: <time dateTime={hire.dateOfBirth}>{formatDate(hire.dateOfBirth)}</time>,
    },
    {
      key: 'nationality',
      label: t('hires.fields.nationality'),
      value: countryName(hire.nationality),
    },
    { key: 'email', label: t('hires.fields.email'), value: hire.email ?? '–' },
    { key: 'passportNumber', label: t('hires.fields.passportNumber'), value: hire.passportNumber },
    {
      key: 'passportExpiry',
      label: t('hires.fields.passportExpiry'),
      value: <time dateTime={hire.passportExpiry}>{formatDate(hire.passportExpiry)}</time>,
    },
    {
      key: 'residenceCountry',
      label: t('hires.fields.residenceCountry'),
      value: countryName(hire.residenceCountry),
    },
    { key: 'qualification', label: t('qualification.heading'), value: qualificationText(hire) },
    ...(qualification.level === 'none'
      ? []
      : [
          {
            key: 'trainingYears',
            label: t('qualification.trainingYears'),
            value:
              qualification.trainingYears === null
                ? '–'
                : formatNumber(qualification.trainingYears, locale),
          },
          {
            key: 'stateRecognised',
            label: t('qualification.stateRecognisedAbroad'),
            value: yesNo(qualification.stateRecognisedAbroad),
          },
          {
            key: 'recognition',
            label: t('qualification.recognition.legend'),
            value: t(`qualification.recognition.${qualification.recognition}`),
          },
        ]),
    {
      key: 'germanLevel',
      label: t('qualification.germanLevel'),
      value: t(`qualification.germanLevels.${hire.germanLevel}`),
    },
    {
      key: 'experience',
      label: t('qualification.experienceYears'),
      value: formatNumber(hire.experienceYears, locale),
    },
  ];
  return <DescriptionList items={items} />;
}

/** Family members joining, or a line saying that none are. */
export function FamilyMemberList({ hire }: { hire: Hire }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  if (hire.familyMembers.length === 0) {
    return <p className="kern-body">{t('hires.detail.noFamily')}</p>;
  }
  return (
    <ul className="kern-list kern-list--bullet">
      {hire.familyMembers.map((member, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: members have no id; the list is read-only
        <li key={index}>
          {member.givenNames} {member.familyName} ({t(`hires.relation.${member.relation}`)}),{' '}
          {t('hires.detail.bornOn', { date: formatDate(member.dateOfBirth) })},{' '}
          {countryName(member.nationality)}
          {member.passportNumber
            ? `, ${t('hires.fields.passportNumber')} ${member.passportNumber}`
            : ''}
        </li>
      ))}
    </ul>
  );
}

/** The short summary the pre-check wizard shows above its first step. */
export function HireSummary({ hire }: { hire: Hire }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const qualificationText = useQualificationText();
  return (
    <DescriptionList
      items={[
        {
          key: 'name',
          label: t('hires.fields.name'),
          value: `${hire.givenNames} ${hire.familyName}`,
        },
        {
          key: 'dateOfBirth',
          label: t('hires.fields.dateOfBirth'),
          value: <time dateTime={hire.dateOfBirth}>{formatDate(hire.dateOfBirth)}</time>,
        },
        {
          key: 'nationality',
          label: t('hires.fields.nationality'),
          value: countryName(hire.nationality),
        },
        {
          key: 'passportExpiry',
          label: t('hires.fields.passportExpiry'),
          value: <time dateTime={hire.passportExpiry}>{formatDate(hire.passportExpiry)}</time>,
        },
        { key: 'qualification', label: t('qualification.heading'), value: qualificationText(hire) },
        {
          key: 'germanLevel',
          label: t('qualification.germanLevel'),
          value: t(`qualification.germanLevels.${hire.germanLevel}`),
        },
        {
          key: 'family',
          label: t('hires.detail.familyHeading'),
          value: String(hire.familyMembers.length),
        },
      ]}
    />
  );
}
