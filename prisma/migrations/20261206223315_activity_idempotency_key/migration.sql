-- AlterTable
ALTER TABLE "activities" ADD COLUMN     "idempotency_key" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "activities_created_by_idempotency_key" ON "activities"("created_by_id", "idempotency_key");
