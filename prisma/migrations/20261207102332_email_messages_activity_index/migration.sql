-- CreateIndex
CREATE INDEX "email_messages_activity_id_idx" ON "email_messages"("activity_id");
