import type { Locale } from '@itc/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { changeLocale, getLocale, readStoredLocale } from '../../../lib/i18n';
import { useMe } from '../api/get-me';
import { useUpdatePreferences } from '../api/update-preferences';

const offeredKey = 'itc.localeOffered';

/** The offer is made once per person and language in this tab, also across reloads. */
function wasOffered(userId: string, locale: Locale): boolean {
  try {
    return window.sessionStorage.getItem(offeredKey) === `${userId}:${locale}`;
  } catch {
    return false;
  }
}

function markOffered(userId: string, locale: Locale): void {
  try {
    window.sessionStorage.setItem(offeredKey, `${userId}:${locale}`);
  } catch {
    // Without storage the offer may come again after a reload; nothing else depends on it.
  }
}

/**
 * On sign-in, the language chosen before (kept in this browser) stays; the account's language is
 * used only when none was chosen. When they differ, a notice offers once to save the choice to
 * the profile, so e-mails and other devices use it too.
 */
export function AccountLocale() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const updatePreferences = useUpdatePreferences();
  const [offer, setOffer] = useState<Locale | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();
  const userId = user?.id;
  const accountLocale = user?.locale;

  // Only when the signed-in person changes: afterwards the language switch keeps both in step.
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliberately keyed on the user id
  useEffect(() => {
    setIsSaved(false);
    if (!userId || !accountLocale) {
      setOffer(null);
      return;
    }
    const chosen = readStoredLocale();
    if (!chosen || chosen === accountLocale) {
      setOffer(null);
      void changeLocale(accountLocale);
      return;
    }
    if (getLocale() !== chosen) void changeLocale(chosen);
    setOffer(wasOffered(userId, chosen) ? null : chosen);
  }, [userId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the confirmation ends with the page
  useEffect(() => setIsSaved(false), [pathname]);

  useEffect(() => {
    if (isSaved) savedRef.current?.focus();
  }, [isSaved]);

  if (isSaved) {
    return (
      <Alert
        variant="success"
        role="status"
        ref={savedRef}
        tabIndex={-1}
        className="kern-mb-lg"
        title={t('app.localeOffer.saved')}
      />
    );
  }
  if (!offer || !userId || !accountLocale) return null;

  const answer = () => {
    markOffered(userId, offer);
    setOffer(null);
  };
  const language = (locale: Locale) => t(`app.localeOffer.languages.${locale}`);
  return (
    <Alert
      variant="info"
      role="status"
      className="kern-mb-lg"
      title={t('app.localeOffer.title', { language: language(offer) })}
    >
      <p className="kern-body">
        {t('app.localeOffer.text', { saved: language(accountLocale), chosen: language(offer) })}
      </p>
      <div className="kern-flex kern-flex-wrap kern-gap-sm">
        <Button
          variant="primary"
          size="small"
          disabled={updatePreferences.isPending}
          onClick={() =>
            updatePreferences.mutate(
              { locale: offer },
              {
                onSuccess: () => {
                  answer();
                  setIsSaved(true);
                },
              },
            )
          }
        >
          {t('app.localeOffer.save')}
        </Button>
        <Button
          variant="tertiary"
          size="small"
          onClick={() => {
            answer();
            document.getElementById('main-content')?.focus();
          }}
        >
          {t('app.localeOffer.decline')}
        </Button>
      </div>
      {updatePreferences.isError ? (
        <p className="kern-body kern-body--small" role="alert">
          {t('app.localeOffer.failed')}
        </p>
      ) : null}
    </Alert>
  );
}
