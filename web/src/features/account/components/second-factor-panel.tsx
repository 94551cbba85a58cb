import { type CurrentUser, disableSecondFactorSchema, isSecondFactorRequired } from '@itc/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Form } from '../../../components/ui/form';
import { TextField } from '../../../components/ui/text-field';
import { useDisableSecondFactor } from '../api/second-factor-disable';
import { SuccessNotice } from './success-notice';
import { TotpSetup } from './totp-setup';

type SecondFactorPanelProps = {
  user: CurrentUser;
  /** The user with the factor's new state, for the session. */
  onChanged: (user: CurrentUser) => unknown;
};

function DisableDialog({ onClose, onDisabled }: { onClose: () => void; onDisabled: () => void }) {
  const { t } = useTranslation();
  const disable = useDisableSecondFactor();
  return (
    <Dialog title={t('auth.secondFactor.panel.disableTitle')} onClose={onClose}>
      <p className="kern-body">{t('auth.secondFactor.panel.disableText')}</p>
      <Form
        schema={disableSecondFactorSchema}
        defaultValues={{ password: '' }}
        idPrefix="disable-second-factor"
        submitLabel={t('auth.secondFactor.panel.disable')}
        errorCodeFields={{ current_password_wrong: 'password' }}
        onSubmit={async (values) => {
          await disable.mutateAsync(values);
          onDisabled();
        }}
        secondaryActions={
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        }
      >
        <TextField
          name="password"
          type="password"
          label={t('auth.secondFactor.panel.passwordLabel')}
          autoComplete="current-password"
          autoFocusOnOpen
        />
      </Form>
    </Dialog>
  );
}

/** "Zwei-Faktor-Anmeldung" on the account page: status, set up, turn off (not for city staff). */
export function SecondFactorPanel({ user, onChanged }: SecondFactorPanelProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'idle' | 'setup' | 'disable'>('idle');
  const [notice, setNotice] = useState<'enabled' | 'disabled' | null>(null);
  const isRequired = isSecondFactorRequired(user.role);

  if (mode === 'setup') {
    return (
      <TotpSetup
        onDone={async () => {
          await onChanged({ ...user, secondFactorEnabled: true, mustEnrolSecondFactor: false });
          setNotice('enabled');
          setMode('idle');
        }}
      />
    );
  }
  return (
    <div className="kern-stack">
      {notice ? (
        <SuccessNotice key={notice} title={t(`auth.secondFactor.panel.${notice}`)} />
      ) : null}
      <p className="kern-body">
        {t(
          user.secondFactorEnabled
            ? 'auth.secondFactor.panel.statusOn'
            : 'auth.secondFactor.panel.statusOff',
        )}
      </p>
      {isRequired ? (
        <p className="kern-body kern-body--small">{t('auth.secondFactor.panel.required')}</p>
      ) : null}
      {!user.secondFactorEnabled ? (
        <Button onClick={() => setMode('setup')}>{t('auth.secondFactor.panel.setUp')}</Button>
      ) : null}
      {user.secondFactorEnabled && !isRequired ? (
        <Button variant="secondary" onClick={() => setMode('disable')}>
          {t('auth.secondFactor.panel.disable')}
        </Button>
      ) : null}
      {mode === 'disable' ? (
        <DisableDialog
          onClose={() => setMode('idle')}
          onDisabled={async () => {
            await onChanged({ ...user, secondFactorEnabled: false });
            setNotice('disabled');
            setMode('idle');
          }}
        />
      ) : null}
    </div>
  );
}
