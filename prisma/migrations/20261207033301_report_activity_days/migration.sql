-- CreateTable
CREATE TABLE "activity_report_days" (
    "time_zone" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "owner_id" UUID NOT NULL,
    "type_id" UUID NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "activities" INTEGER NOT NULL,
    "work_minutes" BIGINT NOT NULL,
    "work_count" INTEGER NOT NULL,
    "distance_km" DOUBLE PRECISION NOT NULL,
    "distance_count" INTEGER NOT NULL,

    CONSTRAINT "activity_report_days_pkey" PRIMARY KEY ("time_zone","day","owner_id","type_id","status")
);

-- CreateTable
CREATE TABLE "report_day_zones" (
    "time_zone" TEXT NOT NULL,

    CONSTRAINT "report_day_zones_pkey" PRIMARY KEY ("time_zone")
);

-- activity_report_days holds, per time zone of report_day_zones, the activities per local day (of
-- COALESCE(starts_at, due_at, created_at), the reports' activity day), owner, type and status, with their work minutes
-- and kilometres; deleted activities and the activities of deleted clients are left out. Reports over a year read
-- these few rows instead of the year's activities (report-days.sql.ts). Kept set-based: one statement per changed
-- statement of activities, one per client deleted or restored, a refill per new time zone.

-- Adds (sign 1) or removes (sign -1) the given activity rows; with live_clients only those whose client is not
-- deleted (a client being deleted or restored passes false: its rows are all counted or were all counted).
CREATE FUNCTION report_days_add(changed activities[], sign integer, live_clients boolean) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO activity_report_days AS s (time_zone, day, owner_id, type_id, status, activities, work_minutes,
    work_count, distance_km, distance_count)
  SELECT z.time_zone, (COALESCE(a.starts_at, a.due_at, a.created_at) AT TIME ZONE z.time_zone)::date, a.owner_id,
    a.type_id, a.status, sign * count(*), sign * COALESCE(sum(a.work_minutes), 0), sign * count(a.work_minutes),
    sign * COALESCE(sum(a.distance_km), 0), sign * count(a.distance_km)
  FROM unnest(changed) a CROSS JOIN report_day_zones z
  WHERE a.deleted_at IS NULL
    AND (NOT live_clients OR EXISTS (SELECT 1 FROM clients c WHERE c.id = a.client_id AND c.deleted_at IS NULL))
  GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (time_zone, day, owner_id, type_id, status) DO UPDATE SET
    activities = s.activities + excluded.activities,
    work_minutes = s.work_minutes + excluded.work_minutes,
    work_count = s.work_count + excluded.work_count,
    distance_km = s.distance_km + excluded.distance_km,
    distance_count = s.distance_count + excluded.distance_count
$$;

CREATE FUNCTION report_days_from_activities() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM report_days_add(ARRAY(SELECT o::activities FROM old_rows o), -1, true);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM report_days_add(ARRAY(SELECT n::activities FROM new_rows n), 1, true);
  END IF;
  RETURN NULL;
END $$;

-- (A trigger with transition tables serves one event.)
CREATE TRIGGER activities_report_days_insert AFTER INSERT ON activities REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_days_from_activities();
CREATE TRIGGER activities_report_days_update AFTER UPDATE ON activities
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_days_from_activities();
CREATE TRIGGER activities_report_days_delete AFTER DELETE ON activities REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION report_days_from_activities();

CREATE FUNCTION report_days_from_client() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_days_add(ARRAY(SELECT a FROM activities a WHERE a.client_id = NEW.id),
    CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END, false);
  RETURN NULL;
END $$;

CREATE TRIGGER clients_report_days AFTER UPDATE OF deleted_at ON clients FOR EACH ROW
  WHEN ((OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)) EXECUTE FUNCTION report_days_from_client();

-- Recomputes the totals of one zone (or of every zone when null) from the activities.
CREATE FUNCTION report_days_fill(zone text) RETURNS void LANGUAGE sql AS $$
  DELETE FROM activity_report_days WHERE zone IS NULL OR time_zone = zone;
  INSERT INTO activity_report_days (time_zone, day, owner_id, type_id, status, activities, work_minutes, work_count,
    distance_km, distance_count)
  SELECT z.time_zone, (COALESCE(a.starts_at, a.due_at, a.created_at) AT TIME ZONE z.time_zone)::date, a.owner_id,
    a.type_id, a.status, count(*), COALESCE(sum(a.work_minutes), 0), count(a.work_minutes),
    COALESCE(sum(a.distance_km), 0), count(a.distance_km)
  FROM activities a JOIN clients c ON c.id = a.client_id AND c.deleted_at IS NULL
  CROSS JOIN report_day_zones z
  WHERE a.deleted_at IS NULL AND (zone IS NULL OR z.time_zone = zone)
  GROUP BY 1, 2, 3, 4, 5
$$;

-- A user's new time zone gets its totals (one PostgreSQL does not know gets none: reports then read the activities,
-- and activity writes never meet an unknown zone). The exclusive lock waits for the transactions that are writing activities
-- (their triggers read report_day_zones) and holds off new ones, so the refill sees every committed activity.
CREATE FUNCTION report_days_zone_of_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM report_day_zones WHERE time_zone = NEW.time_zone)
    AND EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = NEW.time_zone) THEN
    LOCK TABLE report_day_zones IN ACCESS EXCLUSIVE MODE;
    INSERT INTO report_day_zones (time_zone) VALUES (NEW.time_zone) ON CONFLICT DO NOTHING;
    IF FOUND THEN
      PERFORM report_days_fill(NEW.time_zone);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER users_report_day_zone AFTER INSERT OR UPDATE OF time_zone ON users FOR EACH ROW
  EXECUTE FUNCTION report_days_zone_of_user();

INSERT INTO report_day_zones (time_zone)
SELECT DISTINCT time_zone FROM users WHERE time_zone IN (SELECT name FROM pg_timezone_names);
SELECT report_days_fill(NULL);
