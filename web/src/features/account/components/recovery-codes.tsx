import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonGroup } from '../../../components/ui/button';

/** Saves the codes as a plain text file, named so that it is found again. */
function downloadCodes(codes: string[], intro: string) {
  const text = `${intro}\n\n${codes.join('\n')}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'itc-portal-wiederherstellungscodes.txt';
  link.click();
  URL.revokeObjectURL(url);
}

/** The recovery codes, shown once right after setting up the factor. */
export function RecoveryCodes({
  codes,
  onContinue,
}: {
  codes: string[];
  onContinue: () => unknown;
}) {
  const { t } = useTranslation();
  return (
    <section className="kern-stack" aria-labelledby="recovery-codes-heading">
      <Alert
        variant="success"
        role="status"
        title={t('auth.secondFactor.setup.enabled')}
        headingLevel={2}
      />
      <h2 className="kern-heading-medium" id="recovery-codes-heading">
        {t('auth.secondFactor.recoveryCodes.heading')}
      </h2>
      <p className="kern-body">{t('auth.secondFactor.recoveryCodes.intro')}</p>
      <ul className="kern-list" aria-labelledby="recovery-codes-heading">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <ButtonGroup>
        <Button
          variant="secondary"
          onClick={() => downloadCodes(codes, t('auth.secondFactor.recoveryCodes.fileIntro'))}
        >
          {t('auth.secondFactor.recoveryCodes.download')}
        </Button>
        <Button onClick={onContinue}>{t('auth.secondFactor.recoveryCodes.continue')}</Button>
      </ButtonGroup>
    </section>
  );
}
