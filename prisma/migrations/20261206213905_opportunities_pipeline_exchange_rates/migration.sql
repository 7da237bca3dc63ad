-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AttributeEntity" ADD VALUE 'OPPORTUNITY';
ALTER TYPE "AttributeEntity" ADD VALUE 'ACTIVITY';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "DictionaryKind" ADD VALUE 'OPPORTUNITY_STAGE';
ALTER TYPE "DictionaryKind" ADD VALUE 'LOST_REASON';

-- AlterTable
ALTER TABLE "activities" ADD COLUMN     "attributes" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "opportunity_id" UUID;

-- CreateTable
CREATE TABLE "opportunities" (
    "id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "client_id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "stage_id" UUID NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "expected_close_on" DATE,
    "probability" SMALLINT NOT NULL,
    "probability_manual" BOOLEAN NOT NULL DEFAULT false,
    "lead_source_id" UUID,
    "lost_reason_id" UUID,
    "lost_note" TEXT,
    "description" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "base_amount" DECIMAL(18,2),
    "base_currency" CHAR(3),
    "rate_date" DATE,
    "position" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "opportunities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "opportunity_persons" (
    "opportunity_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,

    CONSTRAINT "opportunity_persons_pkey" PRIMARY KEY ("opportunity_id","person_id")
);

-- CreateTable
CREATE TABLE "opportunity_stage_changes" (
    "id" UUID NOT NULL,
    "opportunity_id" UUID NOT NULL,
    "from_stage_id" UUID,
    "to_stage_id" UUID NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changed_by_id" UUID,

    CONSTRAINT "opportunity_stage_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "currencies" (
    "code" CHAR(3) NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "is_base" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "currencies_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "exchange_rates" (
    "base_currency" CHAR(3) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "rate_date" DATE NOT NULL,
    "rate" DECIMAL(20,10) NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'MANUAL',
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "exchange_rates_pkey" PRIMARY KEY ("base_currency","currency","rate_date")
);

-- CreateIndex
CREATE INDEX "opportunities_stage_id_position_id_idx" ON "opportunities"("stage_id", "position", "id");

-- CreateIndex
CREATE INDEX "opportunities_owner_id_stage_id_idx" ON "opportunities"("owner_id", "stage_id");

-- CreateIndex
CREATE INDEX "opportunities_client_id_created_at_idx" ON "opportunities"("client_id", "created_at");

-- CreateIndex
CREATE INDEX "opportunities_expected_close_on_id_idx" ON "opportunities"("expected_close_on", "id");

-- CreateIndex
CREATE INDEX "opportunities_amount_id_idx" ON "opportunities"("amount", "id");

-- CreateIndex
CREATE INDEX "opportunities_lead_source_id_idx" ON "opportunities"("lead_source_id");

-- CreateIndex
CREATE INDEX "opportunities_lost_reason_id_idx" ON "opportunities"("lost_reason_id");

-- CreateIndex
CREATE INDEX "opportunities_closed_at_idx" ON "opportunities"("closed_at");

-- CreateIndex
CREATE INDEX "opportunities_created_at_id_idx" ON "opportunities"("created_at", "id");

-- CreateIndex
CREATE INDEX "opportunities_name_id_idx" ON "opportunities"("name", "id");

-- CreateIndex
CREATE INDEX "opportunities_name_trgm_idx" ON "opportunities" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "opportunities_attributes_idx" ON "opportunities" USING GIN ("attributes" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "opportunity_persons_person_id_idx" ON "opportunity_persons"("person_id");

-- CreateIndex
CREATE INDEX "opportunity_stage_changes_opportunity_id_changed_at_idx" ON "opportunity_stage_changes"("opportunity_id", "changed_at");

-- CreateIndex
CREATE INDEX "opportunity_stage_changes_to_stage_id_changed_at_idx" ON "opportunity_stage_changes"("to_stage_id", "changed_at");

-- CreateIndex
CREATE UNIQUE INDEX "currencies_one_base_idx" ON "currencies"("is_base") WHERE (is_base);

-- CreateIndex
CREATE INDEX "activities_opportunity_id_idx" ON "activities"("opportunity_id");

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "dictionary_values"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_lead_source_id_fkey" FOREIGN KEY ("lead_source_id") REFERENCES "dictionary_values"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_lost_reason_id_fkey" FOREIGN KEY ("lost_reason_id") REFERENCES "dictionary_values"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunity_persons" ADD CONSTRAINT "opportunity_persons_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunity_persons" ADD CONSTRAINT "opportunity_persons_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunity_stage_changes" ADD CONSTRAINT "opportunity_stage_changes_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Money and probability rules the application also checks; the database refuses what slips past it.
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_amount_check" CHECK ("amount" >= 0);
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_probability_check" CHECK ("probability" BETWEEN 0 AND 100);
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_rate_check" CHECK ("rate" > 0);
ALTER TABLE "currencies" ADD CONSTRAINT "currencies_code_check" CHECK ("code" ~ '^[A-Z]{3}$');

INSERT INTO "currencies" ("code", "enabled", "is_base") VALUES ('EUR', true, true), ('PLN', true, false), ('CZK', true, false)
ON CONFLICT DO NOTHING;

-- Existing installations: the seeded agent and manager profiles gain the opportunity permissions (administrators get
-- every key at start anyway).
UPDATE "permission_profiles"
SET "permissions" = "permissions" || ARRAY['opportunities.read', 'opportunities.write']::text[], "version" = "version" + 1
WHERE "system_key" IN ('agent', 'manager') AND NOT ('opportunities.read' = ANY ("permissions"));
UPDATE "permission_profiles"
SET "permissions" = "permissions" || ARRAY['opportunities.editAll', 'opportunities.delete']::text[], "version" = "version" + 1
WHERE "system_key" = 'manager' AND NOT ('opportunities.editAll' = ANY ("permissions"));
