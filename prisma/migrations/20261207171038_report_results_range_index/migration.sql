-- CreateIndex
CREATE INDEX "activity_report_results_zone_status_day_idx" ON "activity_report_results"("time_zone", "status", "day");
