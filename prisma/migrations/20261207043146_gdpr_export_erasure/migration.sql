-- CreateTable
CREATE TABLE "email_suppression_hashes" (
    "hash" CHAR(64) NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_suppression_hashes_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "gdpr_erasures" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "erased_by_id" UUID NOT NULL,
    "erased_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "gdpr_erasures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "gdpr_file_purges" (
    "sha256" CHAR(64) NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "gdpr_file_purges_pkey" PRIMARY KEY ("sha256")
);

-- CreateIndex
CREATE INDEX "gdpr_erasures_person_id_idx" ON "gdpr_erasures"("person_id");

-- Existing installations: administrators may export and erase persons' data (new ones get it from the seeded profile).
UPDATE "permission_profiles"
SET "permissions" = "permissions" || ARRAY['persons.gdpr']::text[], "version" = "version" + 1
WHERE "system_key" = 'administrator' AND NOT ('persons.gdpr' = ANY ("permissions"));
