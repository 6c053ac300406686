-- Incidents counted by day and type, and by country, kept by triggers:
-- unfiltered stats (the page's first load) read these few thousand rows
-- instead of grouping every incident twice. Rows whose count falls to
-- zero are deleted, so that a day or country no incident has any more is
-- not reported. Incidents are never updated in place (a changed one is
-- deleted and inserted again), and writers take turns (sqlstore's
-- Dialect.Lock), so the counter rows are no contention.
CREATE TABLE incident_stats_day_type (
	date TEXT NOT NULL,
	type TEXT NOT NULL,
	n    BIGINT NOT NULL,
	PRIMARY KEY (date, type)
);
CREATE TABLE incident_stats_country (
	country TEXT NOT NULL PRIMARY KEY,
	n       BIGINT NOT NULL
);
INSERT INTO incident_stats_day_type (date, type, n)
	SELECT date, type, count(*) FROM incidents GROUP BY date, type;
INSERT INTO incident_stats_country (country, n)
	SELECT country, count(*) FROM incidents GROUP BY country;
CREATE FUNCTION incident_stats_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO incident_stats_day_type (date, type, n) VALUES (NEW.date, NEW.type, 1)
			ON CONFLICT (date, type) DO UPDATE SET n = incident_stats_day_type.n + 1;
		INSERT INTO incident_stats_country (country, n) VALUES (NEW.country, 1)
			ON CONFLICT (country) DO UPDATE SET n = incident_stats_country.n + 1;
	ELSE
		UPDATE incident_stats_day_type SET n = n - 1 WHERE date = OLD.date AND type = OLD.type;
		DELETE FROM incident_stats_day_type WHERE date = OLD.date AND type = OLD.type AND n = 0;
		UPDATE incident_stats_country SET n = n - 1 WHERE country = OLD.country;
		DELETE FROM incident_stats_country WHERE country = OLD.country AND n = 0;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER incident_stats_change AFTER INSERT OR DELETE ON incidents
	FOR EACH ROW EXECUTE FUNCTION incident_stats_change();
