-- AlterTable
ALTER TABLE "mailing_groups" ADD COLUMN     "filter" JSONB,
ADD COLUMN     "filter_at" TIMESTAMPTZ(3);
