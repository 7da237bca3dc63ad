-- DropIndex
DROP INDEX "campaign_items_campaign_id_state_position_idx";

-- DropIndex
DROP INDEX "clients_status_id_idx";

-- CreateIndex
CREATE INDEX "clients_status_id_name_id_idx" ON "clients"("status_id", "name", "id");
