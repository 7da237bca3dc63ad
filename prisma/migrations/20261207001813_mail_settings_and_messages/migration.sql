-- CreateEnum
CREATE TYPE "MailSecurity" AS ENUM ('NONE', 'STARTTLS', 'TLS');

-- CreateEnum
CREATE TYPE "EmailMessageState" AS ENUM ('QUEUED', 'RETRYING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "mail_settings" (
    "id" SMALLINT NOT NULL DEFAULT 1,
    "host" TEXT,
    "port" INTEGER NOT NULL DEFAULT 587,
    "security" "MailSecurity" NOT NULL DEFAULT 'STARTTLS',
    "username" TEXT,
    "password_enc" TEXT,
    "from_address" TEXT,
    "from_name" TEXT,
    "rate_per_second" INTEGER NOT NULL DEFAULT 10,
    "dkim_domain" TEXT,
    "dkim_selector" TEXT,
    "dkim_key_enc" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mail_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_profiles" (
    "user_id" UUID NOT NULL,
    "from_name" TEXT,
    "signature" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mail_profiles_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "email_messages" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "from_address" TEXT NOT NULL,
    "from_name" TEXT,
    "to_address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "state" "EmailMessageState" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "email_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "email_messages_message_id_key" ON "email_messages"("message_id");

-- CreateIndex
CREATE INDEX "email_messages_created_by_id_created_at_idx" ON "email_messages"("created_by_id", "created_at");

-- One settings row for the installation.
ALTER TABLE "mail_settings" ADD CONSTRAINT "mail_settings_single_row" CHECK ("id" = 1);
