-- CreateTable
CREATE TABLE "notes" (
    "id" UUID NOT NULL,
    "owner_type" TEXT NOT NULL,
    "owner_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notes_owner_type_owner_id_pinned_created_at_id_idx" ON "notes"("owner_type", "owner_id", "pinned", "created_at", "id");

-- CreateIndex
CREATE INDEX "notes_author_id_idx" ON "notes"("author_id");

-- AddForeignKey
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Each client's and person's note text becomes its first note: dated by the record's last change, written by whoever
-- made that change (else its creator). Ids are UUIDv7 from that date (gen_random_uuid with the time in front).
INSERT INTO "notes" ("id", "owner_type", "owner_id", "text", "author_id", "created_at", "updated_at")
SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
         PLACING substring(int8send((extract(epoch FROM src.at) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1),
         'hex')::uuid,
       src.owner_type, src.id, src.note, u.id, src.at, src.at
FROM (
  SELECT 'Client' AS owner_type, c.id, c.note, COALESCE(c.updated_by_id, c.created_by_id) AS author_id, c.updated_at AS at
  FROM "clients" c WHERE btrim(COALESCE(c.note, '')) <> ''
  UNION ALL
  SELECT 'Person', p.id, p.note, COALESCE(p.updated_by_id, p.created_by_id), p.updated_at
  FROM "persons" p WHERE btrim(COALESCE(p.note, '')) <> ''
) src
-- A creator whose user row is gone leaves the note without an author.
LEFT JOIN "users" u ON u.id = src.author_id;

-- AlterTable
ALTER TABLE "clients" DROP COLUMN "note";

-- AlterTable
ALTER TABLE "persons" DROP COLUMN "note";

