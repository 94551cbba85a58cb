import { secondFactorCodeRequestSchema, type TotpEnrolment } from '@itc/shared';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Form } from '../../../components/ui/form';
import { OneTimeCodeField } from '../../../components/ui/one-time-code-field';
import { QueryError } from '../../../components/ui/query-error';
import { useConfirmSecondFactor } from '../api/second-factor-confirm';
import { useStartSecondFactor } from '../api/second-factor-start';
import { RecoveryCodes } from './recovery-codes';

/** Groups of four are easier to type into an app by hand. */
function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

function useQrCodeDataUrl(uri: string): string | null {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void QRCode.toString(uri, { type: 'svg', margin: 2 }).then((svg) => {
      if (isCurrent) setDataUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      isCurrent = false;
    };
  }, [uri]);
  return dataUrl;
}

function ScanAndConfirm({
  enrolment,
  onConfirmed,
}: {
  enrolment: TotpEnrolment;
  onConfirmed: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmSecondFactor();
  const qrCode = useQrCodeDataUrl(enrolment.otpauthUri);
  return (
    <div className="kern-stack">
      <h2 className="kern-heading-medium">{t('auth.secondFactor.setup.scanHeading')}</h2>
      <p className="kern-body">{t('auth.secondFactor.setup.scanText')}</p>
      {qrCode ? (
        <img src={qrCode} width={200} height={200} alt={t('auth.secondFactor.setup.qrAlt')} />
      ) : null}
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="totp-secret">
          {t('auth.secondFactor.setup.secretLabel')}
        </label>
        <input
          id="totp-secret"
          className="kern-form-input__input"
          readOnly
          value={groupSecret(enrolment.secret)}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <h2 className="kern-heading-medium">{t('auth.secondFactor.setup.confirmHeading')}</h2>
      <Form
        schema={secondFactorCodeRequestSchema}
        defaultValues={{ code: '' }}
        idPrefix="totp-confirm"
        submitLabel={t('auth.secondFactor.setup.confirm')}
        submittingLabel={t('auth.secondFactor.setup.confirming')}
        errorCodeFields={{ second_factor_invalid: 'code' }}
        onSubmit={async (values) => {
          const { recoveryCodes } = await confirm.mutateAsync(values);
          onConfirmed(recoveryCodes);
        }}
      >
        <OneTimeCodeField />
      </Form>
    </div>
  );
}

/**
 * Setting up TOTP: start (a new secret), scan or type it, confirm with a first code, then the
 * recovery codes once. `onDone` runs when the person has seen the codes and continues.
 */
export function TotpSetup({ onDone }: { onDone: () => unknown }) {
  const { t } = useTranslation();
  const start = useStartSecondFactor();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} onContinue={onDone} />;
  if (start.data) return <ScanAndConfirm enrolment={start.data} onConfirmed={setRecoveryCodes} />;
  return (
    <div className="kern-stack">
      {start.isError ? <QueryError error={start.error} /> : null}
      <Button onClick={() => start.mutate()} disabled={start.isPending}>
        {t('auth.secondFactor.setup.start')}
      </Button>
    </div>
  );
}
