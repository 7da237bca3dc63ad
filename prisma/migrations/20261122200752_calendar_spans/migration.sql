-- Calendar ranges read only the index entries near the range (see activity-filter.ts `overlapping`):
-- activities are found by (owner, start, end) for what starts in the range or started up to 31 days (744 hours)
-- before it and still runs, and by a partial (owner, end) index for the rare longer ones. Participants carry a copy
-- of their activity's span so a colleague's calendar does not read every participation they ever had.

-- DropIndex
DROP INDEX "activities_owner_id_ends_at_idx";

-- DropIndex
DROP INDEX "activities_owner_id_starts_at_idx";

-- AlterTable
ALTER TABLE "activity_participants" ADD COLUMN     "ends_at" TIMESTAMPTZ(3),
ADD COLUMN     "starts_at" TIMESTAMPTZ(3);

-- Backfill the spans: start = COALESCE(starts_at, due_at), end = COALESCE(ends_at, starts_at, due_at).
UPDATE "activity_participants" ap
SET "starts_at" = COALESCE(a."starts_at", a."due_at"), "ends_at" = COALESCE(a."ends_at", a."starts_at", a."due_at")
FROM "activities" a
WHERE a."id" = ap."activity_id";

-- A new participant takes its activity's span (unless the inserting statement already gives one).
CREATE FUNCTION "activity_participants_span"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."starts_at" IS NULL AND NEW."ends_at" IS NULL THEN
    SELECT COALESCE(a."starts_at", a."due_at"), COALESCE(a."ends_at", a."starts_at", a."due_at")
      INTO NEW."starts_at", NEW."ends_at"
      FROM "activities" a WHERE a."id" = NEW."activity_id";
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "activity_participants_span"
BEFORE INSERT ON "activity_participants"
FOR EACH ROW EXECUTE FUNCTION "activity_participants_span"();

-- Moving an activity (start, end or due date) moves its participants' copies in the same statement.
CREATE FUNCTION "activities_participant_spans"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "activity_participants"
  SET "starts_at" = COALESCE(NEW."starts_at", NEW."due_at"), "ends_at" = COALESCE(NEW."ends_at", NEW."starts_at", NEW."due_at")
  WHERE "activity_id" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "activities_participant_spans"
AFTER UPDATE OF "starts_at", "ends_at", "due_at" ON "activities"
FOR EACH ROW
WHEN (OLD."starts_at" IS DISTINCT FROM NEW."starts_at" OR OLD."ends_at" IS DISTINCT FROM NEW."ends_at"
  OR OLD."due_at" IS DISTINCT FROM NEW."due_at")
EXECUTE FUNCTION "activities_participant_spans"();

-- CreateIndex
CREATE INDEX "activities_owner_id_starts_at_ends_at_idx" ON "activities"("owner_id", "starts_at", "ends_at");

-- CreateIndex
CREATE INDEX "activities_owner_id_ends_at_long_idx" ON "activities"("owner_id", "ends_at") WHERE ((ends_at - starts_at) > '744:00:00'::interval);

-- CreateIndex
CREATE INDEX "activity_participants_user_id_starts_at_ends_at_idx" ON "activity_participants"("user_id", "starts_at", "ends_at");

-- CreateIndex
CREATE INDEX "activity_participants_user_id_ends_at_long_idx" ON "activity_participants"("user_id", "ends_at") WHERE ((ends_at - starts_at) > '744:00:00'::interval);
