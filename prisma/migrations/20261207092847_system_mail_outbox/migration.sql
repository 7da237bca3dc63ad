-- One system-mail outbox for notification e-mails and automation rules' template e-mails (issue 15/16 leftovers).
-- Every pending, sent and failed e-mail of both is kept: automation rows keep their ids (so a pending one is sent with
-- the same Message-ID <automation.<id>@domain>), notification rows point at their notification.

-- CreateTable
CREATE TABLE "system_mails" (
    "id" UUID NOT NULL,
    "notification_id" UUID,
    "rule_id" UUID,
    "record_id" UUID,
    "occurrence" TEXT,
    "to_address" TEXT,
    "subject" TEXT,
    "html" TEXT,
    "person_id" UUID,
    "unsubscribe_token" TEXT,
    "state" "NotificationEmailState" NOT NULL DEFAULT 'PENDING',
    "queued_at" TIMESTAMPTZ(3),
    "lease_until" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sent_at" TIMESTAMPTZ(3),
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "system_mails_pkey" PRIMARY KEY ("id")
);

-- Data: automation e-mails as they are, notification e-mails from their notification's columns. Pending ones are
-- marked not queued: their jobs on the old queues (notification-email, automation-email) have no worker any more, so
-- the outbox's sweep hands them to the `system-mail` queue at once.
INSERT INTO "system_mails" (id, rule_id, record_id, occurrence, to_address, subject, html, state, queued_at,
    lease_until, attempts, sent_at, error, created_at)
  SELECT id, rule_id, record_id, occurrence, to_address, subject, html, state,
    CASE WHEN state = 'PENDING' THEN NULL ELSE queued_at END, lease_until, attempts, sent_at, error, created_at
  FROM "automation_emails";

INSERT INTO "system_mails" (id, notification_id, state, queued_at, lease_until, attempts, sent_at, error, created_at)
  SELECT gen_random_uuid(), id, email_state, CASE WHEN email_state = 'PENDING' THEN NULL ELSE email_queued_at END,
    email_lease_until, email_attempts, email_sent_at, email_error, created_at
  FROM "notifications" WHERE email_state IS NOT NULL;

-- DropForeignKey
ALTER TABLE "automation_emails" DROP CONSTRAINT "automation_emails_rule_id_fkey";

-- DropIndex
DROP INDEX "notifications_email_pending_idx";

-- AlterTable
ALTER TABLE "notifications" DROP COLUMN "email_attempts",
DROP COLUMN "email_error",
DROP COLUMN "email_lease_until",
DROP COLUMN "email_queued_at",
DROP COLUMN "email_sent_at",
DROP COLUMN "email_state";

-- DropTable
DROP TABLE "automation_emails";

-- CreateIndex
CREATE UNIQUE INDEX "system_mails_notification_id_key" ON "system_mails"("notification_id");

-- CreateIndex
CREATE UNIQUE INDEX "system_mails_unsubscribe_token_key" ON "system_mails"("unsubscribe_token");

-- CreateIndex
CREATE INDEX "system_mails_pending_idx" ON "system_mails"("created_at") WHERE (state = 'PENDING'::"NotificationEmailState");

-- CreateIndex
CREATE UNIQUE INDEX "system_mails_rule_id_record_id_occurrence_to_address_key" ON "system_mails"("rule_id", "record_id", "occurrence", "to_address");

-- AddForeignKey
ALTER TABLE "system_mails" ADD CONSTRAINT "system_mails_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "system_mails" ADD CONSTRAINT "system_mails_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "automation_rules"("id") ON DELETE CASCADE ON UPDATE CASCADE;
