-- CreateEnum
CREATE TYPE "ImportState" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED');

-- AlterTable
ALTER TABLE "clients" ADD COLUMN     "external_id" TEXT;

-- CreateTable
CREATE TABLE "import_jobs" (
    "id" UUID NOT NULL,
    "file_id" UUID NOT NULL,
    "entity" TEXT NOT NULL DEFAULT 'CLIENT',
    "options" JSONB NOT NULL,
    "dry_run" BOOLEAN NOT NULL,
    "state" "ImportState" NOT NULL DEFAULT 'QUEUED',
    "processed" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "invalid" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "cancel_requested" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_issues" (
    "id" UUID NOT NULL,
    "job_id" UUID NOT NULL,
    "row_no" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "value" TEXT,

    CONSTRAINT "import_issues_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_mappings" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "entity" TEXT NOT NULL DEFAULT 'CLIENT',
    "mapping" JSONB NOT NULL,
    "owner_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "import_mappings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_jobs_created_by_id_created_at_idx" ON "import_jobs"("created_by_id", "created_at");

-- CreateIndex
CREATE INDEX "import_issues_job_id_row_no_idx" ON "import_issues"("job_id", "row_no");

-- CreateIndex
CREATE UNIQUE INDEX "import_issues_job_id_row_no_field_key" ON "import_issues"("job_id", "row_no", "field");

-- CreateIndex
CREATE UNIQUE INDEX "import_mappings_owner_id_entity_name_key" ON "import_mappings"("owner_id", "entity", "name");

-- CreateIndex
CREATE INDEX "clients_external_id_idx" ON "clients"("external_id");

-- AddForeignKey
ALTER TABLE "import_issues" ADD CONSTRAINT "import_issues_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "import_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
