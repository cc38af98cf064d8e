import { PDF_MARGIN_PT } from './pages';

export interface PdfPage {
  /** JPEG bytes of the page picture. */
  jpeg: Uint8Array;
  /** Page size, pt. */
  w: number;
  h: number;
}

export interface PdfMeta {
  title: string;
  subject: string;
  /** Project envelope, attached as kaskade.json so the PDF too carries the editable tree. */
  envelope?: string;
}

/**
 * A PDF of page pictures, each placed in the page's printable area (28 pt margins) at its
 * natural size. pdf-lib is loaded on first use only.
 */
export async function buildPdf(pages: readonly PdfPage[], meta: PdfMeta): Promise<Uint8Array> {
  const { PDFDocument } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(meta.title);
  pdf.setSubject(meta.subject);
  pdf.setCreator('Kaskade');
  pdf.setProducer('Kaskade (pdf-lib)');
  for (const p of pages) {
    const img = await pdf.embedJpg(p.jpeg);
    const page = pdf.addPage([p.w, p.h]);
    const aw = p.w - 2 * PDF_MARGIN_PT;
    const ah = p.h - 2 * PDF_MARGIN_PT;
    const s = Math.min(aw / img.width, ah / img.height);
    const w = img.width * s;
    const h = img.height * s;
    page.drawImage(img, { x: PDF_MARGIN_PT + (aw - w) / 2, y: p.h - PDF_MARGIN_PT - h, width: w, height: h });
  }
  if (meta.envelope) await pdf.attach(new TextEncoder().encode(meta.envelope), 'kaskade.json', { mimeType: 'application/json', description: 'Kaskade project' });
  return pdf.save();
}
