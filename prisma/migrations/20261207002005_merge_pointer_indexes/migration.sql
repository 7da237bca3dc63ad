-- CreateIndex
CREATE INDEX "clients_merged_into_id_idx" ON "clients"("merged_into_id") WHERE (merged_into_id IS NOT NULL);

-- CreateIndex
CREATE INDEX "persons_merged_into_id_idx" ON "persons"("merged_into_id") WHERE (merged_into_id IS NOT NULL);
