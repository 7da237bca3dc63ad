-- CreateIndex
CREATE INDEX "activities_opportunity_created_at_idx" ON "activities"("created_at") WHERE (opportunity_id IS NOT NULL);

-- CreateIndex
CREATE INDEX "activities_opportunity_closed_at_idx" ON "activities"("closed_at") WHERE (opportunity_id IS NOT NULL);

-- CreateIndex
CREATE INDEX "opportunity_stage_changes_changed_at_idx" ON "opportunity_stage_changes"("changed_at");
