-- CreateEnum
CREATE TYPE "RecordScope" AS ENUM ('OWN', 'TEAM', 'ALL');

-- DropIndex
DROP INDEX "clients_account_manager_id_idx";

-- AlterTable
ALTER TABLE "permission_profiles" ADD COLUMN     "activities_edit" "RecordScope" NOT NULL DEFAULT 'OWN',
ADD COLUMN     "activities_read" "RecordScope" NOT NULL DEFAULT 'OWN',
ADD COLUMN     "campaigns_edit" "RecordScope" NOT NULL DEFAULT 'OWN',
ADD COLUMN     "campaigns_read" "RecordScope" NOT NULL DEFAULT 'OWN',
ADD COLUMN     "clients_edit" "RecordScope" NOT NULL DEFAULT 'ALL',
ADD COLUMN     "clients_read" "RecordScope" NOT NULL DEFAULT 'ALL',
ADD COLUMN     "opportunities_edit" "RecordScope" NOT NULL DEFAULT 'OWN',
ADD COLUMN     "opportunities_read" "RecordScope" NOT NULL DEFAULT 'ALL';

-- CreateTable
CREATE TABLE "teams" (
    "id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "manager_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team_members" (
    "team_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "team_members_pkey" PRIMARY KEY ("team_id","user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "teams_name_key" ON "teams"("name");

-- CreateIndex
CREATE INDEX "teams_manager_id_idx" ON "teams"("manager_id");

-- CreateIndex
CREATE INDEX "team_members_user_id_idx" ON "team_members"("user_id");

-- CreateIndex
CREATE INDEX "clients_account_manager_id_name_id_idx" ON "clients"("account_manager_id", "name", "id");

-- AddForeignKey
ALTER TABLE "teams" ADD CONSTRAINT "teams_manager_id_fkey" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The edit scope is never wider than the read scope (enum order OWN < TEAM < ALL).
ALTER TABLE "permission_profiles" ADD CONSTRAINT "permission_profiles_clients_scope_check" CHECK ("clients_edit" <= "clients_read");
ALTER TABLE "permission_profiles" ADD CONSTRAINT "permission_profiles_activities_scope_check" CHECK ("activities_edit" <= "activities_read");
ALTER TABLE "permission_profiles" ADD CONSTRAINT "permission_profiles_opportunities_scope_check" CHECK ("opportunities_edit" <= "opportunities_read");
ALTER TABLE "permission_profiles" ADD CONSTRAINT "permission_profiles_campaigns_scope_check" CHECK ("campaigns_edit" <= "campaigns_read");

-- The scopes replace the flags activities.readAll (read everyone's activities) and opportunities.editAll (edit
-- everyone's opportunities); campaigns.manage saw every campaign. Existing profiles keep what they could do.
UPDATE "permission_profiles" SET
  "activities_read" = CASE WHEN 'activities.readAll' = ANY ("permissions") THEN 'ALL'::"RecordScope" ELSE 'OWN' END,
  "opportunities_edit" = CASE WHEN 'opportunities.editAll' = ANY ("permissions") THEN 'ALL'::"RecordScope" ELSE 'OWN' END,
  "campaigns_read" = CASE WHEN 'campaigns.manage' = ANY ("permissions") THEN 'ALL'::"RecordScope" ELSE 'OWN' END,
  "campaigns_edit" = CASE WHEN 'campaigns.manage' = ANY ("permissions") THEN 'ALL'::"RecordScope" ELSE 'OWN' END;
-- Whoever saw an activity could edit it.
UPDATE "permission_profiles" SET "activities_edit" = "activities_read";
-- Agents read every client (they take calls from anyone) but edit only those they manage.
UPDATE "permission_profiles" SET "clients_edit" = 'OWN' WHERE "system_key" = 'agent';
UPDATE "permission_profiles" SET "permissions" = array_remove(array_remove("permissions", 'activities.readAll'), 'opportunities.editAll');
