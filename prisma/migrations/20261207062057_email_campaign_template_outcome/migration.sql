-- AlterTable
ALTER TABLE "email_campaign_events" ADD COLUMN     "failed_count" INTEGER,
ADD COLUMN     "sent_count" INTEGER,
ADD COLUMN     "suppressed_count" INTEGER;

-- AlterTable
ALTER TABLE "email_campaigns" ADD COLUMN     "attachments" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "template_id" UUID;
