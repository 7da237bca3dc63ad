-- AlterTable
ALTER TABLE "mail_settings" ADD COLUMN     "tls_ca_cert" TEXT;

-- Mail sent from Veza (one-off e-mails and campaign mailings) is logged as an activity of its own type, apart from
-- the "E-mail" type users log by hand. Installations that already have the key keep their value (an admin may have
-- renamed it); the application adds the same default at start (dictionaries.defaults.ts).
INSERT INTO "dictionary_values" ("id", "kind", "key", "labels", "color", "position", "meta", "updated_at")
SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
         PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
         52, 1), 53, 1), 'hex')::uuid,
       'ACTIVITY_TYPE', 'sent_email',
       '{"en": "Sent e-mail", "pl": "Wysłany e-mail", "hr": "Poslana e-pošta", "cs": "Odeslaný e-mail"}'::jsonb,
       '#6a1b9a', 60, '{"showOnCalendar": false, "showOnHome": false, "icon": "mail"}'::jsonb, now()
ON CONFLICT ("kind", "key") DO NOTHING;
