import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `document.title` to "<page> – International Talent Center Duisburg". */
export function useDocumentTitle(pageTitle: string | null | undefined): void {
  const { t } = useTranslation();
  const siteName = t('app.siteName');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} – ${siteName}` : siteName;
  }, [pageTitle, siteName]);
}
