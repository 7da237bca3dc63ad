-- AlterTable
ALTER TABLE "clients" ADD COLUMN     "idempotency_key" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "clients_created_by_idempotency_key" ON "clients"("created_by_id", "idempotency_key");
