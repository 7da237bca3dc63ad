-- AlterTable
ALTER TABLE "user_profiles" ADD COLUMN     "from_directory" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "ldap_dn" TEXT,
ADD COLUMN     "phone" TEXT;

-- CreateTable
CREATE TABLE "ldap_settings" (
    "id" SMALLINT NOT NULL DEFAULT 1,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "urls" TEXT[],
    "start_tls" BOOLEAN NOT NULL DEFAULT false,
    "ca_certificate" TEXT,
    "bind_dn" TEXT,
    "bind_password_enc" TEXT,
    "user_base" TEXT,
    "user_filter" TEXT NOT NULL DEFAULT '(objectClass=person)',
    "login_attribute" TEXT NOT NULL DEFAULT 'sAMAccountName',
    "name_attribute" TEXT NOT NULL DEFAULT 'displayName',
    "email_attribute" TEXT NOT NULL DEFAULT 'mail',
    "phone_attribute" TEXT NOT NULL DEFAULT 'telephoneNumber',
    "group_base" TEXT,
    "create_users" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ldap_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ldap_group_mappings" (
    "id" UUID NOT NULL,
    "group_dn" TEXT NOT NULL,
    "profile_id" UUID NOT NULL,

    CONSTRAINT "ldap_group_mappings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ldap_group_mappings_profile_id_idx" ON "ldap_group_mappings"("profile_id");

-- CreateIndex
CREATE UNIQUE INDEX "ldap_group_mappings_group_dn_profile_id_key" ON "ldap_group_mappings"("group_dn", "profile_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_ldap_dn_key" ON "users"("ldap_dn");

-- AddForeignKey
ALTER TABLE "ldap_group_mappings" ADD CONSTRAINT "ldap_group_mappings_profile_id_fkey" FOREIGN KEY ("profile_id") REFERENCES "permission_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
