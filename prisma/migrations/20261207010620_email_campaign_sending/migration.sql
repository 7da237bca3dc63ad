-- CreateEnum
CREATE TYPE "CampaignRecipientState" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'SUPPRESSED');

-- CreateTable
CREATE TABLE "email_campaign_recipients" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "client_id" UUID,
    "address" TEXT NOT NULL,
    "state" "CampaignRecipientState" NOT NULL DEFAULT 'QUEUED',
    "locked_by" TEXT,
    "locked_until" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "message_id" TEXT NOT NULL,
    "unsubscribe_token" TEXT NOT NULL,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "email_campaign_recipients_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_suppressions" (
    "address" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_suppressions_pkey" PRIMARY KEY ("address")
);

-- CreateIndex
CREATE UNIQUE INDEX "email_campaign_recipients_unsubscribe_token_key" ON "email_campaign_recipients"("unsubscribe_token");

-- CreateIndex
CREATE INDEX "email_campaign_recipients_campaign_id_state_next_attempt_at_idx" ON "email_campaign_recipients"("campaign_id", "state", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "email_campaign_recipients_campaign_id_address_key" ON "email_campaign_recipients"("campaign_id", "address");
