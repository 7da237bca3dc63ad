-- CreateEnum
CREATE TYPE "NotificationEmailState" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "email_attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "email_error" TEXT,
ADD COLUMN     "email_lease_until" TIMESTAMPTZ(3),
ADD COLUMN     "email_queued_at" TIMESTAMPTZ(3),
ADD COLUMN     "email_sent_at" TIMESTAMPTZ(3),
ADD COLUMN     "email_state" "NotificationEmailState";

-- CreateIndex
CREATE INDEX "notifications_email_pending_idx" ON "notifications"("created_at") WHERE (email_state = 'PENDING'::"NotificationEmailState");
