import { useTranslation } from 'react-i18next';
import { TextField } from './text-field';

/** The six-digit code of an authenticator app, as phones and password managers fill it in. */
export function OneTimeCodeField({ name = 'code' }: { name?: string }) {
  const { t } = useTranslation();
  return (
    <TextField
      name={name}
      label={t('auth.secondFactor.codeLabel')}
      hint={t('auth.secondFactor.codeHint')}
      autoComplete="one-time-code"
      inputMode="numeric"
      width="narrow"
    />
  );
}
