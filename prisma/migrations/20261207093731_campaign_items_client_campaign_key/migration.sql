-- Issue 20: campaign_items pays one index insertion per index for each generated item. (client_id, state) and
-- (campaign_id, client_id) become one unique (client_id, campaign_id): the same uniqueness, and the lookups by client
-- (open campaigns of a client, the client foreign key's RESTRICT check, merges) lead with client_id.

-- DropIndex
DROP INDEX "campaign_items_campaign_id_client_id_key";

-- DropIndex
DROP INDEX "campaign_items_client_id_state_idx";

-- CreateIndex
CREATE UNIQUE INDEX "campaign_items_client_id_campaign_id_key" ON "campaign_items"("client_id", "campaign_id");
