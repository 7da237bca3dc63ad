-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('DRAFT', 'ACTIVE', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CampaignItemState" AS ENUM ('PENDING', 'IN_PROGRESS', 'DONE', 'SKIPPED');

-- AlterTable
ALTER TABLE "activities" ADD COLUMN     "campaign_item_id" UUID;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "calendar_feed_created_at" TIMESTAMPTZ(3),
ADD COLUMN     "calendar_feed_token_hash" TEXT,
ADD COLUMN     "calendar_feed_used_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "campaigns" (
    "id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "agent_id" UUID NOT NULL,
    "created_by_id" UUID,
    "starts_on" DATE,
    "ends_on" DATE,
    "status" "CampaignStatus" NOT NULL DEFAULT 'ACTIVE',
    "filter" JSONB,
    "strategy" TEXT,
    "generation_id" UUID,
    "completed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_items" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "state" "CampaignItemState" NOT NULL DEFAULT 'PENDING',
    "outcome_id" UUID,
    "activity_id" UUID,
    "skip_reason" TEXT,
    "position" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "campaign_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "campaigns_agent_id_status_created_at_idx" ON "campaigns"("agent_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "campaigns_status_created_at_idx" ON "campaigns"("status", "created_at");

-- CreateIndex
CREATE INDEX "campaigns_generation_id_idx" ON "campaigns"("generation_id");

-- CreateIndex
CREATE INDEX "campaign_items_campaign_id_state_position_idx" ON "campaign_items"("campaign_id", "state", "position");

-- CreateIndex
CREATE INDEX "campaign_items_campaign_id_position_idx" ON "campaign_items"("campaign_id", "position");

-- CreateIndex
CREATE INDEX "campaign_items_client_id_state_idx" ON "campaign_items"("client_id", "state");

-- CreateIndex
CREATE UNIQUE INDEX "campaign_items_campaign_id_client_id_key" ON "campaign_items"("campaign_id", "client_id");

-- CreateIndex
CREATE INDEX "activities_campaign_item_id_idx" ON "activities"("campaign_item_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_calendar_feed_token_hash_key" ON "users"("calendar_feed_token_hash");

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_campaign_item_id_fkey" FOREIGN KEY ("campaign_item_id") REFERENCES "campaign_items"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_items" ADD CONSTRAINT "campaign_items_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_items" ADD CONSTRAINT "campaign_items_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_items" ADD CONSTRAINT "campaign_items_outcome_id_fkey" FOREIGN KEY ("outcome_id") REFERENCES "dictionary_values"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_items" ADD CONSTRAINT "campaign_items_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE SET NULL ON UPDATE CASCADE;
