import { type CaseOverview, dueSoonDays } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cx } from '../../../components/ui/cx';
import { TextLink } from '../../../components/ui/text-link';
import { formatDate, formatNumber } from '../../../lib/format';

/** Each count opens the queue with the filter that selects exactly those cases. */
const queueLinks = {
  new: '/cases?status=submitted&sort=submittedAt&order=asc',
  mine: '/cases?assigned=me&open=true&sort=dueAt&order=asc',
  dueSoon: '/cases?dueSoon=true&sort=dueAt&order=asc',
  overdue: '/cases?overdue=true&sort=dueAt&order=asc',
} as const;

type CountKey = keyof typeof queueLinks;

/** For city reviewers: what waits in the queue, each part a link into it. */
export function CaseOverviewPanel({ overview }: { overview: CaseOverview }) {
  const { t } = useTranslation();
  const counts: Record<CountKey, number> = {
    new: overview.newCount,
    mine: overview.assignedToMeCount,
    dueSoon: overview.dueSoonCount,
    overdue: overview.overdueCount,
  };
  return (
    <section className="kern-stack" aria-labelledby="home-case-overview-heading">
      <h2 className="kern-heading-medium" id="home-case-overview-heading">
        {t('home.caseOverview.heading')}
      </h2>
      <ul className="app-count-links">
        {(Object.keys(queueLinks) as CountKey[]).map((key) => (
          <li key={key}>
            <Link
              to={queueLinks[key]}
              className={cx(
                'app-count-link',
                key === 'overdue' && counts[key] > 0 && 'app-count-link--warning',
              )}
            >
              <span className="app-count-link__number">{formatNumber(counts[key])}</span>{' '}
              <span className="app-count-link__label">
                {t(`home.caseOverview.${key}`, { count: counts[key], days: dueSoonDays })}
              </span>{' '}
              {key === 'dueSoon' ? (
                <span className="app-count-link__hint">
                  {t('home.caseOverview.dueSoonUntil', {
                    date: formatDate(overview.dueSoonUntil),
                  })}
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
      <p className="kern-body">
        <TextLink to="/cases">{t('home.caseOverview.allCases')}</TextLink>
      </p>
    </section>
  );
}
