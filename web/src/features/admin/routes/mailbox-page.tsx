import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { OutboxList } from '../components/outbox-list';

/** Development mailbox: e-mails the portal stored because no SMTP server is configured. */
export function MailboxPage() {
  const { t } = useTranslation();
  return (
    <div className="kern-stack-lg">
      <PageHeading title={t('admin.mailbox.title')}>{t('admin.mailbox.intro')}</PageHeading>
      <Alert variant="info" title={t('admin.mailbox.noticeTitle')}>
        <p className="kern-body">{t('admin.mailbox.noticeText')}</p>
      </Alert>
      <OutboxList />
    </div>
  );
}
