import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/ui/page-heading';
import { TextLink } from '../../components/ui/text-link';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <div className="app-narrow kern-stack">
      <PageHeading title={t('notFound.title')}>{t('notFound.text')}</PageHeading>
      <ul className="kern-list kern-list--bullet">
        <li>{t('notFound.checkAddress')}</li>
        <li>
          <TextLink to="/">{t('common.backToStart')}</TextLink>
        </li>
      </ul>
    </div>
  );
}
