import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { TotpSetup } from '../components/totp-setup';

/**
 * The only page city staff see until their second factor is set up (the router sends every other
 * path here): why, in plain words, and the setup itself.
 */
export function SecondFactorSetupPage({ onDone }: { onDone: () => unknown }) {
  const { t } = useTranslation();
  return (
    <div className="app-narrow kern-stack-lg">
      <PageHeading title={t('auth.secondFactor.setup.title')}>
        {t('auth.secondFactor.setup.intro')}
      </PageHeading>
      <ol className="kern-list kern-list--ordered">
        <li>{t('auth.secondFactor.setup.stepApp')}</li>
        <li>{t('auth.secondFactor.setup.stepScan')}</li>
        <li>{t('auth.secondFactor.setup.stepCodes')}</li>
      </ol>
      <TotpSetup onDone={onDone} />
    </div>
  );
}
