import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/button';

type PendingEmployersPanelProps = { count: number; isAtLeast: boolean };

/** For city administrators: how many registrations wait, and the way to the queue. */
export function PendingEmployersPanel({ count, isAtLeast }: PendingEmployersPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="kern-card kern-card--hug" aria-labelledby="home-pending-heading">
      <div className="kern-card__container">
        <h2 className="kern-heading-medium" id="home-pending-heading">
          {t('home.admin.pendingHeading')}
        </h2>
        <p className="kern-body kern-body--large">
          {count === 0
            ? t('home.admin.pendingNone')
            : isAtLeast
              ? t('home.admin.pendingAtLeast', { count })
              : t('home.admin.pendingCount', { count })}
        </p>
        {count > 0 ? (
          <div>
            <ButtonLink to="/admin/employers" icon="arrow-forward">
              {t('home.admin.pendingLink')}
            </ButtonLink>
          </div>
        ) : null}
      </div>
    </section>
  );
}
