import { type CurrentUser, secondFactorCodeRequestSchema } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Form } from '../../../components/ui/form';
import { OneTimeCodeField } from '../../../components/ui/one-time-code-field';
import { TextField } from '../../../components/ui/text-field';
import { useLoginSecondFactor } from '../api/login-second-factor';

/** The login's second step: the code from the authenticator app, or a recovery code. */
export function SecondFactorForm({ onLoggedIn }: { onLoggedIn: (user: CurrentUser) => unknown }) {
  const { t } = useTranslation();
  const verify = useLoginSecondFactor();
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  return (
    <div className="kern-stack">
      <p className="kern-body">
        {t(
          useRecoveryCode
            ? 'auth.secondFactor.challenge.recoveryIntro'
            : 'auth.secondFactor.challenge.codeIntro',
        )}
      </p>
      <Form
        key={useRecoveryCode ? 'recovery' : 'totp'}
        schema={secondFactorCodeRequestSchema}
        defaultValues={{ code: '' }}
        idPrefix="second-factor"
        submitLabel={t('auth.secondFactor.challenge.submit')}
        submittingLabel={t('auth.secondFactor.challenge.submitting')}
        summaryTitle={t('auth.secondFactor.challenge.errorSummaryTitle')}
        errorCodeFields={{ second_factor_invalid: 'code' }}
        onSubmit={async (values) => onLoggedIn(await verify.mutateAsync(values))}
      >
        {useRecoveryCode ? (
          <TextField
            name="code"
            label={t('auth.secondFactor.recoveryCodeLabel')}
            hint={t('auth.secondFactor.recoveryCodeHint')}
            autoComplete="off"
            spellCheck={false}
            width="medium"
          />
        ) : (
          <OneTimeCodeField />
        )}
      </Form>
      <Button variant="tertiary" onClick={() => setUseRecoveryCode((current) => !current)}>
        {t(
          useRecoveryCode
            ? 'auth.secondFactor.challenge.useAppCode'
            : 'auth.secondFactor.challenge.useRecoveryCode',
        )}
      </Button>
    </div>
  );
}
