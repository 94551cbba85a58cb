import { degrees, PDFDocument, type PDFFont, rgb } from 'pdf-lib';
import { footerFontSize, layoutPageFooter } from './page-footer';
import { embedPortalFonts } from './pdf-fonts';
import { toPrintable } from './printable-text';
import { wrapText } from './wrap-text';

const a4: [number, number] = [595.28, 841.89];
const margin = 50;
/** Room above the bottom margin for up to three footer lines. */
const footerHeight = 24;
const labelWidth = 180;
const contentWidth = a4[0] - 2 * margin;
const ink = rgb(0.1, 0.1, 0.1);
const muted = rgb(0.38, 0.38, 0.38);

/** `slanted`: Noto Sans comes without an italic here, so notes are drawn at a slant. */
type TextStyle = { font: PDFFont; size: number; color: typeof ink; slanted?: boolean };
const slant = degrees(12);

/**
 * A small top-to-bottom layout on A4 for the portal's forms: German text with English
 * subtitles, label/value rows and signature lines, with page breaks and a footer.
 */
export type PdfWriter = {
  /** Without a subtitle for a document in one language. */
  title(german: string, english?: string): void;
  heading(german: string, english?: string): void;
  field(label: string, value: string | null): void;
  paragraph(text: string): void;
  /** A translation or note under German text: smaller, italic, grey. */
  note(text: string): void;
  signatureLines(labels: string[]): void;
  gap(points: number): void;
  save(): Promise<Uint8Array>;
};

export async function createPdfWriter(meta: {
  title: string;
  footer: string;
  now: Date;
  /** German forms by default; a summary for the reader may be in English. */
  language?: 'de' | 'en';
}): Promise<PdfWriter> {
  const language = meta.language ?? 'de';
  const doc = await PDFDocument.create();
  doc.setTitle(meta.title);
  doc.setAuthor('International Talent Center Duisburg');
  doc.setCreator('ITC-Partnerportal');
  doc.setLanguage(language === 'de' ? 'de-DE' : 'en-GB');
  doc.setCreationDate(meta.now);
  doc.setModificationDate(meta.now);
  const { regular, bold } = await embedPortalFonts(doc);
  const body: TextStyle = { font: regular, size: 10, color: ink };
  const small: TextStyle = { font: regular, size: 8, color: muted, slanted: true };
  const label: TextStyle = { font: regular, size: 8.5, color: muted };

  let page = doc.addPage(a4);
  let y = a4[1] - margin;

  const lineHeight = (style: TextStyle) => style.size * 1.3;
  // "\n" is a line break of the layout, not a glyph, so it is split off before encoding.
  const layout = (text: string, style: TextStyle, width: number) =>
    text
      .split('\n')
      .flatMap((part) => wrapText(toPrintable(part, style.font), style.font, style.size, width));

  function makeRoom(height: number): void {
    if (y - height >= margin + footerHeight) return;
    page = doc.addPage(a4);
    y = a4[1] - margin;
  }

  function drawLines(lines: string[], style: TextStyle, x: number, top: number): void {
    lines.forEach((line, index) => {
      const baseline = top - style.size - index * lineHeight(style);
      page.drawText(line, {
        x,
        y: baseline,
        font: style.font,
        size: style.size,
        color: style.color,
        ySkew: style.slanted ? slant : undefined,
      });
    });
  }

  function block(text: string, style: TextStyle, after = 4): void {
    const lines = layout(text, style, contentWidth);
    makeRoom(lines.length * lineHeight(style));
    drawLines(lines, style, margin, y);
    y -= lines.length * lineHeight(style) + after;
  }

  return {
    title(german, english) {
      block(german, { font: bold, size: 17, color: ink }, english === undefined ? 10 : 1);
      if (english !== undefined) block(english, { ...small, size: 10 }, 10);
    },
    heading(german, english) {
      makeRoom(60);
      y -= 6;
      block(german, { font: bold, size: 11, color: ink }, english === undefined ? 2 : 0);
      if (english !== undefined) block(english, small, 2);
      page.drawLine({
        start: { x: margin, y },
        end: { x: a4[0] - margin, y },
        thickness: 0.5,
        color: muted,
      });
      y -= 6;
    },
    field(name, value) {
      const labelLines = layout(name, label, labelWidth - 12);
      const valueLines = layout(value?.trim() || '—', body, contentWidth - labelWidth);
      const height = Math.max(
        labelLines.length * lineHeight(label),
        valueLines.length * lineHeight(body),
      );
      makeRoom(height);
      drawLines(labelLines, label, margin, y - 1);
      drawLines(valueLines, body, margin + labelWidth, y);
      y -= height + 3;
    },
    paragraph(text) {
      block(text, body, 3);
    },
    note(text) {
      block(text, small, 6);
    },
    signatureLines(labels) {
      const gutter = 24;
      const width = (contentWidth - gutter * (labels.length - 1)) / labels.length;
      makeRoom(72);
      y -= 40;
      labels.forEach((text, index) => {
        const x = margin + index * (width + gutter);
        page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness: 0.75, color: ink });
        drawLines(layout(text, label, width), label, x, y - 3);
      });
      y -= 28;
    },
    gap(points) {
      y -= points;
    },
    async save() {
      const pages = doc.getPages();
      const footer = toPrintable(meta.footer, regular);
      const style = { font: regular, size: footerFontSize, color: muted };
      pages.forEach((each, index) => {
        const { lines, pageNumber } = layoutPageFooter({
          text: footer,
          font: regular,
          page: index + 1,
          pageCount: pages.length,
          language,
          pageWidth: a4[0],
          margin,
        });
        for (const { text, x, y: lineY } of [...lines, pageNumber]) {
          each.drawText(text, { ...style, x, y: lineY });
        }
      });
      return doc.save({ useObjectStreams: false });
    },
  };
}
