import type { Reason } from '@itc/shared';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from './i18n';
import { useReasonMessage } from './use-reason-message';

describe('useReasonMessage', () => {
  it('words a reason stored in German anew in English for an English reader', async () => {
    const stored: Reason = {
      code: 'salary_below_threshold',
      message: 'Das Gehalt liegt unter der nötigen Gehaltsgrenze von 45.934,20 € brutto im Jahr.',
      params: { thresholdEur: 45934.2 },
    };
    await i18n.changeLanguage('en');
    try {
      const { result } = renderHook(() => useReasonMessage());
      // The stored wording shows until the wording table has loaded.
      expect(result.current(stored)).toBe(stored.message);
      await waitFor(() =>
        expect(result.current(stored)).toBe(
          'The salary is below the required threshold of €45,934.20 gross per year.',
        ),
      );
      // Results stored before the parameters were kept keep their wording.
      expect(result.current({ code: stored.code, message: stored.message })).toBe(stored.message);
    } finally {
      await i18n.changeLanguage('de');
    }
  });
});
