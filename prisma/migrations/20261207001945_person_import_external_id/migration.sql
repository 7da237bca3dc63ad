-- AlterTable
ALTER TABLE "persons" ADD COLUMN     "external_id" TEXT;

-- CreateIndex
CREATE INDEX "persons_external_id_idx" ON "persons"("external_id");
