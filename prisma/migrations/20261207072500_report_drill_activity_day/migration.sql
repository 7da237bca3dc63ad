-- Report drill-down (issue 17): the activity list filtered to one owner's activity days (a report cell) reads a range
-- of this index instead of all the owner's activities. The expression is the report's activity day
-- (COALESCE(starts_at, due_at, created_at)) and the list's STARTS_AT order. Prisma's schema cannot declare an
-- expression index; it leaves this one alone.
CREATE INDEX "activities_owner_id_activity_day_idx" ON "activities" ("owner_id", (COALESCE("starts_at", "due_at", "created_at")));
