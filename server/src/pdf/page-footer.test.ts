import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { footerFontSize, layoutPageFooter } from './page-footer';
import { embedPortalFonts } from './pdf-fonts';

const { regular } = await embedPortalFonts(await PDFDocument.create());
const jobDataSheetFooter =
  'Hilfsblatt zur „Erklärung zum Beschäftigungsverhältnis“ · erstellt am 03.12.2026, 17:24 Uhr im ITC-Partnerportal Duisburg';

describe('layoutPageFooter', () => {
  it('wraps the job data sheet footer so it ends before the page number', () => {
    const layout = layoutPageFooter({
      text: jobDataSheetFooter,
      font: regular,
      page: 1,
      pageCount: 2,
      language: 'de',
      pageWidth: 595.28,
      margin: 50,
    });
    expect(layout.pageNumber.text).toBe('Seite 1 von 2');
    expect(layout.lines.length).toBeGreaterThan(1);
    expect(layout.lines.map((line) => line.text).join(' ')).toBe(jobDataSheetFooter);
    for (const line of layout.lines) {
      const right = line.x + regular.widthOfTextAtSize(line.text, footerFontSize);
      expect(right).toBeLessThan(layout.pageNumber.x);
    }
    // The last line shares the page number's baseline; the others sit above, not on top.
    const baselines = layout.lines.map((line) => line.y);
    expect(baselines.at(-1)).toBe(layout.pageNumber.y);
    expect(new Set(baselines).size).toBe(baselines.length);
  });

  it('keeps a short footer on one line', () => {
    const layout = layoutPageFooter({
      text: 'Vollmacht · ITC Duisburg',
      font: regular,
      page: 3,
      pageCount: 3,
      language: 'en',
      pageWidth: 595.28,
      margin: 50,
    });
    expect(layout.lines).toHaveLength(1);
    expect(layout.pageNumber.text).toBe('Page 3 of 3');
  });
});
