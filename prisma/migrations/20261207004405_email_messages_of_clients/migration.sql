-- AlterTable
ALTER TABLE "email_messages" ADD COLUMN     "activity_id" UUID,
ADD COLUMN     "attachments" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "client_id" UUID,
ADD COLUMN     "person_id" UUID;

-- CreateIndex
CREATE INDEX "email_messages_client_id_created_at_id_idx" ON "email_messages"("client_id", "created_at", "id");
