import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { EmployerQueue } from '../components/employer-queue';

export function EmployersPage() {
  const { t } = useTranslation();
  return (
    <div className="kern-stack-lg">
      <PageHeading title={t('admin.employers.title')}>{t('admin.employers.intro')}</PageHeading>
      <section className="app-panel kern-stack-sm" aria-labelledby="employers-checklist-heading">
        <h2 className="kern-heading-small" id="employers-checklist-heading">
          {t('admin.employers.checklistHeading')}
        </h2>
        <ul className="kern-list kern-list--bullet">
          <li>{t('admin.employers.checklist.register')}</li>
          <li>{t('admin.employers.checklist.betriebsnummer')}</li>
          <li>{t('admin.employers.checklist.address')}</li>
          <li>{t('admin.employers.checklist.contact')}</li>
        </ul>
      </section>
      <EmployerQueue />
    </div>
  );
}
