-- AlterTable
ALTER TABLE "activities" ADD COLUMN     "reminder_minutes" INTEGER;

-- A lead time of at most a week (the reminder job looks a week ahead); null = the owner's default.
ALTER TABLE "activities" ADD CONSTRAINT "activities_reminder_minutes_range"
  CHECK ("reminder_minutes" IS NULL OR "reminder_minutes" BETWEEN 0 AND 10080);
