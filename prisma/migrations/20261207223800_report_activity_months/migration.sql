-- CreateTable
CREATE TABLE "activity_report_months" (
    "time_zone" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "owner_id" UUID NOT NULL,
    "type_id" UUID NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "activities" INTEGER NOT NULL,
    "work_minutes" BIGINT NOT NULL,
    "work_count" INTEGER NOT NULL,
    "distance_km" DOUBLE PRECISION NOT NULL,
    "distance_count" INTEGER NOT NULL,

    CONSTRAINT "activity_report_months_pkey" PRIMARY KEY ("time_zone","month","owner_id","type_id","status")
);

-- CreateTable
CREATE TABLE "activity_report_result_months" (
    "time_zone" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "owner_id" UUID NOT NULL,
    "type_id" UUID NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "result_id" UUID NOT NULL,
    "activities" INTEGER NOT NULL,
    "work_minutes" BIGINT NOT NULL,
    "work_count" INTEGER NOT NULL,
    "distance_km" DOUBLE PRECISION NOT NULL,
    "distance_count" INTEGER NOT NULL,

    CONSTRAINT "activity_report_result_months_pkey" PRIMARY KEY ("time_zone","month","owner_id","type_id","status","result_id")
);

-- The daily totals summed per local month as well (issue 17, eighth pass): a report over a year reads the whole
-- months of its period here and only the days of the months it cuts (report-days.sql.ts), about a twentieth of the
-- daily rows. `month` is the month's first local day. Kept by the same functions, in the same statement: the changed
-- activities are grouped once and written to the four tables. Rows are written in key order, so two statements that
-- touch the same months lock them in the same order.

CREATE OR REPLACE FUNCTION report_days_add(changed activities[], sign integer, live_clients boolean) RETURNS void
LANGUAGE sql AS $$
  WITH g AS (
    SELECT z.time_zone, (COALESCE(a.starts_at, a.due_at, a.created_at) AT TIME ZONE z.time_zone)::date AS day,
      a.owner_id, a.type_id, a.status, COALESCE(a.result_id, '00000000-0000-0000-0000-000000000000') AS result_id,
      sign * count(*) AS activities, sign * COALESCE(sum(a.work_minutes), 0) AS work_minutes,
      sign * count(a.work_minutes) AS work_count, sign * COALESCE(sum(a.distance_km), 0) AS distance_km,
      sign * count(a.distance_km) AS distance_count
    FROM unnest(changed) a CROSS JOIN report_day_zones z
    WHERE a.deleted_at IS NULL
      AND (NOT live_clients OR EXISTS (SELECT 1 FROM clients c WHERE c.id = a.client_id AND c.deleted_at IS NULL))
    GROUP BY 1, 2, 3, 4, 5, 6
  ), per_result AS (
    INSERT INTO activity_report_results AS s (time_zone, day, owner_id, type_id, status, result_id, activities,
      work_minutes, work_count, distance_km, distance_count)
    SELECT * FROM g ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (time_zone, day, owner_id, type_id, status, result_id) DO UPDATE SET
      activities = s.activities + excluded.activities,
      work_minutes = s.work_minutes + excluded.work_minutes,
      work_count = s.work_count + excluded.work_count,
      distance_km = s.distance_km + excluded.distance_km,
      distance_count = s.distance_count + excluded.distance_count
  ), per_day AS (
    INSERT INTO activity_report_days AS s (time_zone, day, owner_id, type_id, status, activities, work_minutes,
      work_count, distance_km, distance_count)
    SELECT time_zone, day, owner_id, type_id, status, sum(activities), sum(work_minutes), sum(work_count),
      sum(distance_km), sum(distance_count)
    FROM g GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (time_zone, day, owner_id, type_id, status) DO UPDATE SET
      activities = s.activities + excluded.activities,
      work_minutes = s.work_minutes + excluded.work_minutes,
      work_count = s.work_count + excluded.work_count,
      distance_km = s.distance_km + excluded.distance_km,
      distance_count = s.distance_count + excluded.distance_count
  ), per_result_month AS (
    INSERT INTO activity_report_result_months AS s (time_zone, month, owner_id, type_id, status, result_id,
      activities, work_minutes, work_count, distance_km, distance_count)
    SELECT time_zone, date_trunc('month', day)::date, owner_id, type_id, status, result_id, sum(activities),
      sum(work_minutes), sum(work_count), sum(distance_km), sum(distance_count)
    FROM g GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (time_zone, month, owner_id, type_id, status, result_id) DO UPDATE SET
      activities = s.activities + excluded.activities,
      work_minutes = s.work_minutes + excluded.work_minutes,
      work_count = s.work_count + excluded.work_count,
      distance_km = s.distance_km + excluded.distance_km,
      distance_count = s.distance_count + excluded.distance_count
  )
  INSERT INTO activity_report_months AS s (time_zone, month, owner_id, type_id, status, activities, work_minutes,
    work_count, distance_km, distance_count)
  SELECT time_zone, date_trunc('month', day)::date, owner_id, type_id, status, sum(activities), sum(work_minutes),
    sum(work_count), sum(distance_km), sum(distance_count)
  FROM g GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (time_zone, month, owner_id, type_id, status) DO UPDATE SET
    activities = s.activities + excluded.activities,
    work_minutes = s.work_minutes + excluded.work_minutes,
    work_count = s.work_count + excluded.work_count,
    distance_km = s.distance_km + excluded.distance_km,
    distance_count = s.distance_count + excluded.distance_count
$$;

-- The months of a zone (or of every zone when null) summed from its daily totals.
CREATE OR REPLACE FUNCTION report_months_fill(zone text) RETURNS void LANGUAGE sql AS $$
  DELETE FROM activity_report_months WHERE zone IS NULL OR time_zone = zone;
  DELETE FROM activity_report_result_months WHERE zone IS NULL OR time_zone = zone;
  INSERT INTO activity_report_result_months (time_zone, month, owner_id, type_id, status, result_id, activities,
    work_minutes, work_count, distance_km, distance_count)
  SELECT time_zone, date_trunc('month', day)::date, owner_id, type_id, status, result_id, sum(activities),
    sum(work_minutes), sum(work_count), sum(distance_km), sum(distance_count)
  FROM activity_report_results WHERE zone IS NULL OR time_zone = zone
  GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6;
  INSERT INTO activity_report_months (time_zone, month, owner_id, type_id, status, activities, work_minutes,
    work_count, distance_km, distance_count)
  SELECT time_zone, date_trunc('month', day)::date, owner_id, type_id, status, sum(activities), sum(work_minutes),
    sum(work_count), sum(distance_km), sum(distance_count)
  FROM activity_report_days WHERE zone IS NULL OR time_zone = zone
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5;
$$;

-- Recomputes the totals of one zone (or of every zone when null) from the activities: the days, then their months.
CREATE OR REPLACE FUNCTION report_days_fill(zone text) RETURNS void LANGUAGE sql AS $$
  DELETE FROM activity_report_days WHERE zone IS NULL OR time_zone = zone;
  DELETE FROM activity_report_results WHERE zone IS NULL OR time_zone = zone;
  WITH g AS (
    SELECT z.time_zone, (COALESCE(a.starts_at, a.due_at, a.created_at) AT TIME ZONE z.time_zone)::date AS day,
      a.owner_id, a.type_id, a.status, COALESCE(a.result_id, '00000000-0000-0000-0000-000000000000') AS result_id,
      count(*) AS activities, COALESCE(sum(a.work_minutes), 0) AS work_minutes, count(a.work_minutes) AS work_count,
      COALESCE(sum(a.distance_km), 0) AS distance_km, count(a.distance_km) AS distance_count
    FROM activities a JOIN clients c ON c.id = a.client_id AND c.deleted_at IS NULL
    CROSS JOIN report_day_zones z
    WHERE a.deleted_at IS NULL AND (zone IS NULL OR z.time_zone = zone)
    GROUP BY 1, 2, 3, 4, 5, 6
  ), per_result AS (
    INSERT INTO activity_report_results (time_zone, day, owner_id, type_id, status, result_id, activities,
      work_minutes, work_count, distance_km, distance_count)
    SELECT * FROM g ORDER BY time_zone, status, day
  )
  INSERT INTO activity_report_days (time_zone, day, owner_id, type_id, status, activities, work_minutes, work_count,
    distance_km, distance_count)
  SELECT time_zone, day, owner_id, type_id, status, sum(activities), sum(work_minutes), sum(work_count),
    sum(distance_km), sum(distance_count)
  FROM g GROUP BY 1, 2, 3, 4, 5 ORDER BY time_zone, status, day;
  SELECT report_months_fill(zone);
$$;

SELECT report_months_fill(NULL);
ANALYZE activity_report_months, activity_report_result_months;
