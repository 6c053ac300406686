-- The distinct keys of incident_actor, so that an --actor search lists the
-- keys it matches from a small index (one name's words are few) and then
-- reads each key's incidents newest first from incident_actor's primary
-- key, instead of sorting every match. A key whose incidents are all gone
-- stays: it matches nothing.
CREATE TABLE actor_keys (key TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO actor_keys (key) SELECT DISTINCT key FROM incident_actor;
CREATE TRIGGER actor_keys_insert AFTER INSERT ON incident_actor BEGIN
	INSERT INTO actor_keys (key) VALUES (new.key) ON CONFLICT DO NOTHING;
END;
