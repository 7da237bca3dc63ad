-- CreateTable
CREATE TABLE "activity_report_results" (
    "time_zone" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "owner_id" UUID NOT NULL,
    "type_id" UUID NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "result_id" UUID NOT NULL,
    "activities" INTEGER NOT NULL,
    "work_minutes" BIGINT NOT NULL,
    "work_count" INTEGER NOT NULL,
    "distance_km" DOUBLE PRECISION NOT NULL,
    "distance_count" INTEGER NOT NULL,

    CONSTRAINT "activity_report_results_pkey" PRIMARY KEY ("time_zone","day","owner_id","type_id","status","result_id")
);

-- The reports' daily activity totals per result as well (issue 17, sixth pass): reports grouped by result and the
-- success rate read activity_report_results instead of a year of activities; the others keep reading the fewer rows of
-- activity_report_days. Both are kept by the same functions in one pass: the changed rows are grouped per result,
-- written to activity_report_results, and summed over the results into activity_report_days.
-- result_id is the nil UUID for "no result" (a primary key column cannot hold NULL).

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
    SELECT * FROM g
    ON CONFLICT (time_zone, day, owner_id, type_id, status, result_id) DO UPDATE SET
      activities = s.activities + excluded.activities,
      work_minutes = s.work_minutes + excluded.work_minutes,
      work_count = s.work_count + excluded.work_count,
      distance_km = s.distance_km + excluded.distance_km,
      distance_count = s.distance_count + excluded.distance_count
  )
  INSERT INTO activity_report_days AS s (time_zone, day, owner_id, type_id, status, activities, work_minutes,
    work_count, distance_km, distance_count)
  SELECT time_zone, day, owner_id, type_id, status, sum(activities), sum(work_minutes), sum(work_count),
    sum(distance_km), sum(distance_count)
  FROM g GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (time_zone, day, owner_id, type_id, status) DO UPDATE SET
    activities = s.activities + excluded.activities,
    work_minutes = s.work_minutes + excluded.work_minutes,
    work_count = s.work_count + excluded.work_count,
    distance_km = s.distance_km + excluded.distance_km,
    distance_count = s.distance_count + excluded.distance_count
$$;

-- Recomputes the totals of one zone (or of every zone when null) from the activities, both tables, written in the
-- order reports read them.
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
  FROM g GROUP BY 1, 2, 3, 4, 5 ORDER BY time_zone, status, day
$$;

-- Written afresh, in the order reports read them (zone, status, day): a year of one zone's done activities is then a
-- run of adjacent pages. The first fill wrote them in hash order, so that year read nearly every page of the table
-- (at 100k 10 541 of 10 566 pages for 58 699 rows; three zones). Later days are appended by the triggers, in order.
TRUNCATE activity_report_days;
SELECT report_days_fill(NULL);
-- hourly_rates too: never analyzed while empty (autovacuum waits for 50 changes), the planner guessed ~600 rates and
-- sorted a year of totals to merge-join them (spilling to disk) instead of hashing the few rates.
ANALYZE activity_report_days, activity_report_results, hourly_rates;
