// PDF writing shared by exports: pdfmake with Roboto from its own font bundle (covers č ć đ š ž ł ń ś ź ż ř ů ě).
import PdfPrinter from 'pdfmake';
import vfs from 'pdfmake/build/vfs_fonts.js';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

const font = (file: string) => Buffer.from(vfs[file]!, 'base64');
let printer: PdfPrinter | null = null;
const pdfPrinter = () =>
  (printer ??= new PdfPrinter({
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  }));

/** The document's bytes (in Roboto unless the definition names another registered font). */
export function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = pdfPrinter().createPdfKitDocument({ ...doc, defaultStyle: { font: 'Roboto', ...doc.defaultStyle } });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}
