/**
 * The name search compares lower-case text without accents, so "muller" finds "Müller" and
 * "nguyen" finds "Nguyễn"; the stored search name and the query go through the same steps.
 */
export function normalizeSearchText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Dotless ı (Turkish) has no decomposition, so "aydin" would not find "Aydın".
      .replace(/ı/g, 'i')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** What the hires table keeps in `search_name`: "given family", normalised. */
export function toHireSearchName(hire: { givenNames: string; familyName: string }): string {
  return normalizeSearchText(`${hire.givenNames} ${hire.familyName}`);
}
