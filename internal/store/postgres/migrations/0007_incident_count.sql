-- The number of incidents, kept by triggers: count(*) reads the whole
-- table, and every unfiltered page of the API reports the total. Writers
-- take turns (sqlstore's Dialect.Lock), so the one row is no contention.
CREATE TABLE incident_count (n BIGINT NOT NULL);
INSERT INTO incident_count (n) SELECT count(*) FROM incidents;
CREATE FUNCTION incident_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		UPDATE incident_count SET n = n + 1;
	ELSE
		UPDATE incident_count SET n = n - 1;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER incident_count_change AFTER INSERT OR DELETE ON incidents
	FOR EACH ROW EXECUTE FUNCTION incident_count_change();
