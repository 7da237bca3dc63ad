-- Reports filter activities on their day, COALESCE(starts_at, due_at, created_at) (report-subjects.sql.ts). Without
-- statistics on that expression the planner guessed a handful of rows for a year and looked every client up by
-- index, one by one; with them it hashes the clients once (workload 7a at 100k: 2.3 s -> 1.25 s, see PERFORMANCE.md).
CREATE STATISTICS "activities_report_day_stats" ON (COALESCE("starts_at", "due_at", "created_at")) FROM "activities";
ANALYZE "activities";
