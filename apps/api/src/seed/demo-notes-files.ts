// Demo notes and attachments: a few dated notes (one pinned) and small files on the first demo clients, so the Notes
// and Attachments tabs are not empty on a first look. Runs once, with the demo clients.
import { Readable } from 'node:stream';
import type { Config } from '../config/env.ts';
import type { Db } from '../db/prisma.ts';
import { fileStoreFor } from '../modules/attachments/index.ts';

const NOTES = [
  { text: 'Prefers calls in the morning; the owner decides on purchases over 5 000 EUR.', pinned: true },
  { text: 'Asked for the new price list after the trade fair.', pinned: false },
  { text: 'Invoices go to the accounting office, not the main e-mail.', pinned: false },
];

// A minimal valid one-page PDF.
const PDF = `%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj
4 0 obj<</Length 44>>stream
BT /F1 18 Tf 40 70 Td (Veza demo offer) Tj ET
endstream endobj
5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj
trailer<</Root 1 0 R>>
%%EOF
`;

async function storeDemoFile(db: Db, config: Config, name: string, mimeType: string, body: string, userId: string) {
  const store = fileStoreFor(config);
  const staged = await store.stage(Readable.from([Buffer.from(body)]), config.uploadMaxBytes);
  await store.commit(staged);
  return db.storedFile.create({
    data: { sha256: staged.sha256, size: BigInt(staged.size), mimeType, originalName: name, uploadedById: userId },
  });
}

export async function seedDemoNotesAndFiles(db: Db, config: Config): Promise<void> {
  const author = await db.user.findFirst({ where: { email: 'agent@veza.local' } });
  if (!author) return;
  // The demo agent's own clients (the seeded Agent reads only those), else the first clients of all.
  const own = await db.client.findMany({
    where: { deletedAt: null, accountManagerId: author.id },
    orderBy: { name: 'asc' },
    take: 5,
  });
  const clients = own.length
    ? own
    : await db.client.findMany({ where: { deletedAt: null }, orderBy: { name: 'asc' }, take: 5 });
  const offer = await storeDemoFile(db, config, 'Ponuda 2026.pdf', 'application/pdf', PDF, author.id);
  const terms = await storeDemoFile(
    db,
    config,
    'Uvjeti suradnje.txt',
    'text/plain',
    'Payment within 30 days.\n',
    author.id,
  );
  for (const [i, client] of clients.entries()) {
    await db.note.createMany({
      data: NOTES.slice(0, 3 - (i % 3)).map((n, j) => ({
        ownerType: 'Client',
        ownerId: client.id,
        text: n.text,
        pinned: n.pinned,
        authorId: author.id,
        createdAt: new Date(Date.now() - (j + 1) * 86_400_000 * (i + 1)),
      })),
    });
    await db.attachment.createMany({
      data: [offer, ...(i % 2 ? [] : [terms])].map((f) => ({
        fileId: f.id,
        ownerType: 'Client',
        ownerId: client.id,
        name: f.originalName,
        createdById: author.id,
      })),
    });
  }
}
