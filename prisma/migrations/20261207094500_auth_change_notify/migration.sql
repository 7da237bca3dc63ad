-- Every API process caches authenticated viewers for a few seconds (apps/api/src/auth/viewer-cache.ts). Any change
-- to what authentication reads — a session or API token ended, a user disabled or edited (password, profile), a
-- profile's permissions or scopes, a team or its members — tells every process at commit to drop its cache.
CREATE FUNCTION auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('veza_auth_changed', TG_TABLE_NAME);
  RETURN NULL;
END $$;

DO $$
DECLARE
  t text;
BEGIN
  -- A new session or API token changes no cached viewer; everything else does.
  FOREACH t IN ARRAY ARRAY['sessions', 'api_tokens'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE OR TRUNCATE ON %I FOR EACH STATEMENT '
                   'EXECUTE FUNCTION auth_changed()', t || '_auth_changed', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['users', 'user_profiles', 'permission_profiles', 'teams', 'team_members'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT '
                   'EXECUTE FUNCTION auth_changed()', t || '_auth_changed', t);
  END LOOP;
END $$;

CREATE TRIGGER sessions_auth_updated AFTER UPDATE ON sessions FOR EACH STATEMENT EXECUTE FUNCTION auth_changed();

-- Noting a token's use (last_used_at, once a minute) must not empty every process's cache.
CREATE TRIGGER api_tokens_auth_updated AFTER UPDATE ON api_tokens FOR EACH ROW
  WHEN ((OLD.revoked_at, OLD.expires_at, OLD.token_hash, OLD.user_id)
        IS DISTINCT FROM (NEW.revoked_at, NEW.expires_at, NEW.token_hash, NEW.user_id))
  EXECUTE FUNCTION auth_changed();
