-- CreateEnum
CREATE TYPE "EmailCampaignState" AS ENUM ('PREPARATION', 'AWAITING_APPROVAL', 'APPROVED', 'SENDING', 'PAUSED', 'SENT', 'CANCELLED');

-- AlterTable
ALTER TABLE "mail_settings" ADD COLUMN     "allow_self_approval" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "mailing_group_categories" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mailing_group_categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mailing_groups" (
    "id" UUID NOT NULL,
    "category_id" UUID,
    "name" TEXT NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "mailing_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mailing_group_members" (
    "group_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "added_by_id" UUID NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mailing_group_members_pkey" PRIMARY KEY ("group_id","person_id")
);

-- CreateTable
CREATE TABLE "email_campaigns" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "subject" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "state" "EmailCampaignState" NOT NULL DEFAULT 'PREPARATION',
    "group_ids" UUID[],
    "scheduled_at" TIMESTAMPTZ(3),
    "created_by_id" UUID NOT NULL,
    "approved_by_id" UUID,
    "approved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "email_campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_campaign_events" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "from_state" "EmailCampaignState",
    "to_state" "EmailCampaignState" NOT NULL,
    "user_id" UUID NOT NULL,
    "note" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_campaign_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "mailing_group_categories_name_key" ON "mailing_group_categories"("name");

-- CreateIndex
CREATE INDEX "mailing_groups_category_id_name_id_idx" ON "mailing_groups"("category_id", "name", "id");

-- CreateIndex
CREATE INDEX "mailing_groups_name_id_idx" ON "mailing_groups"("name", "id");

-- CreateIndex
CREATE INDEX "mailing_group_members_person_id_idx" ON "mailing_group_members"("person_id");

-- CreateIndex
CREATE INDEX "email_campaigns_state_created_at_id_idx" ON "email_campaigns"("state", "created_at", "id");

-- CreateIndex
CREATE INDEX "email_campaigns_created_at_id_idx" ON "email_campaigns"("created_at", "id");

-- CreateIndex
CREATE INDEX "email_campaign_events_campaign_id_at_idx" ON "email_campaign_events"("campaign_id", "at");
