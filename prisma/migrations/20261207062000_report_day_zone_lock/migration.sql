-- Two users saved at the same time in a time zone that has no totals yet deadlocked: both read report_day_zones
-- (ACCESS SHARE) and then both asked for its ACCESS EXCLUSIVE lock. The refill must only wait for the transactions
-- that are writing activities and hold off new ones; those hold ROW EXCLUSIVE on activities, so a SHARE lock on
-- activities does exactly that, lets readers through, and does not conflict with itself: the second user's insert of
-- the same zone then waits on the first one's row (ON CONFLICT) and does nothing.
CREATE OR REPLACE FUNCTION report_days_zone_of_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM report_day_zones WHERE time_zone = NEW.time_zone)
    AND EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = NEW.time_zone) THEN
    LOCK TABLE activities IN SHARE MODE;
    INSERT INTO report_day_zones (time_zone) VALUES (NEW.time_zone) ON CONFLICT DO NOTHING;
    IF FOUND THEN
      PERFORM report_days_fill(NEW.time_zone);
    END IF;
  END IF;
  RETURN NULL;
END $$;
