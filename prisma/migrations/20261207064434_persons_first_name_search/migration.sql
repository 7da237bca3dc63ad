-- CreateIndex
CREATE INDEX "persons_first_name_trgm_idx" ON "persons" USING GIN ("first_name" gin_trgm_ops);
