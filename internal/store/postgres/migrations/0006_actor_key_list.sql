-- The distinct keys of incident_actor, so that an --actor search lists the
-- keys it matches from a small index (one name's words are few) and then
-- reads each key's incidents newest first from incident_actor's primary
-- key, instead of sorting every match. A key whose incidents are all gone
-- stays: it matches nothing.
CREATE TABLE actor_keys (key TEXT COLLATE "C" PRIMARY KEY);
INSERT INTO actor_keys (key) SELECT DISTINCT key FROM incident_actor;
CREATE FUNCTION actor_keys_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO actor_keys (key) VALUES (NEW.key) ON CONFLICT DO NOTHING;
	RETURN NULL;
END;
$$;
CREATE TRIGGER actor_keys_insert AFTER INSERT ON incident_actor
	FOR EACH ROW EXECUTE FUNCTION actor_keys_insert();
