-- CreateTable
CREATE TABLE "automation_emails" (
    "id" UUID NOT NULL,
    "rule_id" UUID NOT NULL,
    "record_id" UUID NOT NULL,
    "occurrence" TEXT NOT NULL,
    "to_address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "state" "NotificationEmailState" NOT NULL DEFAULT 'PENDING',
    "queued_at" TIMESTAMPTZ(3),
    "lease_until" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sent_at" TIMESTAMPTZ(3),
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "automation_emails_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "automation_emails_pending_idx" ON "automation_emails"("created_at") WHERE (state = 'PENDING'::"NotificationEmailState");

-- CreateIndex
CREATE UNIQUE INDEX "automation_emails_rule_id_record_id_occurrence_to_address_key" ON "automation_emails"("rule_id", "record_id", "occurrence", "to_address");

-- AddForeignKey
ALTER TABLE "automation_emails" ADD CONSTRAINT "automation_emails_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "automation_rules"("id") ON DELETE CASCADE ON UPDATE CASCADE;
