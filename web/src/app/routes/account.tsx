import { AccountPage } from '../../features/account/routes/account-page';
import { useCurrentUser } from '../../features/auth/api/get-me';
import { useSetCurrentUser } from '../../features/auth/api/set-current-user';
import { changeLocale, getLocale } from '../../lib/i18n';

export function AccountRoute() {
  const user = useCurrentUser();
  const setCurrentUser = useSetCurrentUser();
  return (
    <AccountPage
      user={user}
      onUserChanged={async (changed) => {
        setCurrentUser(changed);
        // The account's language is the portal's language: switch when it was changed here.
        if (changed.locale !== getLocale()) await changeLocale(changed.locale);
      }}
    />
  );
}
