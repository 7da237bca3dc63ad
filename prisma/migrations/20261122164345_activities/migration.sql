-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PLANNED', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ActivityPriority" AS ENUM ('LOW', 'NORMAL', 'HIGH');

-- CreateTable
CREATE TABLE "activities" (
    "id" UUID NOT NULL,
    "type_id" UUID NOT NULL,
    "category_id" UUID,
    "channel_id" UUID,
    "result_id" UUID,
    "client_id" UUID NOT NULL,
    "contact_person_id" UUID,
    "subject" VARCHAR(250) NOT NULL,
    "note" TEXT,
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "all_day" BOOLEAN NOT NULL DEFAULT false,
    "due_at" TIMESTAMPTZ(3),
    "status" "ActivityStatus" NOT NULL DEFAULT 'PLANNED',
    "priority" "ActivityPriority" NOT NULL DEFAULT 'NORMAL',
    "percent_complete" SMALLINT NOT NULL DEFAULT 0,
    "owner_id" UUID NOT NULL,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "parent_id" UUID,
    "work_minutes" INTEGER,
    "distance_km" DOUBLE PRECISION,
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_participants" (
    "id" UUID NOT NULL,
    "activity_id" UUID NOT NULL,
    "user_id" UUID,
    "person_id" UUID,

    CONSTRAINT "activity_participants_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "activities_owner_id_starts_at_idx" ON "activities"("owner_id", "starts_at");

-- CreateIndex
CREATE INDEX "activities_owner_id_ends_at_idx" ON "activities"("owner_id", "ends_at");

-- CreateIndex
CREATE INDEX "activities_owner_id_due_at_idx" ON "activities"("owner_id", "due_at");

-- CreateIndex
CREATE INDEX "activities_client_id_starts_at_idx" ON "activities"("client_id", "starts_at");

-- CreateIndex
CREATE INDEX "activities_status_due_at_idx" ON "activities"("status", "due_at");

-- CreateIndex
CREATE INDEX "activities_status_starts_at_idx" ON "activities"("status", "starts_at");

-- CreateIndex
CREATE INDEX "activities_parent_id_idx" ON "activities"("parent_id");

-- CreateIndex
CREATE INDEX "activities_contact_person_id_idx" ON "activities"("contact_person_id");

-- CreateIndex
CREATE INDEX "activities_type_id_idx" ON "activities"("type_id");

-- CreateIndex
CREATE INDEX "activity_participants_user_id_activity_id_idx" ON "activity_participants"("user_id", "activity_id");

-- CreateIndex
CREATE INDEX "activity_participants_person_id_idx" ON "activity_participants"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "activity_participants_activity_id_user_id_key" ON "activity_participants"("activity_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "activity_participants_activity_id_person_id_key" ON "activity_participants"("activity_id", "person_id");

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_type_id_fkey" FOREIGN KEY ("type_id") REFERENCES "dictionary_values"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "dictionary_values"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "dictionary_values"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "dictionary_values"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_contact_person_id_fkey" FOREIGN KEY ("contact_person_id") REFERENCES "persons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "activities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE ON UPDATE CASCADE;
