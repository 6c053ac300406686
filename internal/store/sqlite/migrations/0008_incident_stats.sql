-- Incidents counted by day and type, and by country, kept by triggers:
-- unfiltered stats (the page's first load) read these few thousand rows
-- instead of grouping every incident twice (most of a second at a
-- million). Rows whose count falls to zero are deleted, so that a day or
-- country no incident has any more is not reported. Incidents are never
-- updated in place (a changed one is deleted and inserted again).
CREATE TABLE incident_stats_day_type (
	date TEXT NOT NULL,
	type TEXT NOT NULL,
	n    INTEGER NOT NULL,
	PRIMARY KEY (date, type)
) WITHOUT ROWID;
CREATE TABLE incident_stats_country (
	country TEXT NOT NULL PRIMARY KEY,
	n       INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO incident_stats_day_type (date, type, n)
	SELECT date, type, count(*) FROM incidents GROUP BY date, type;
INSERT INTO incident_stats_country (country, n)
	SELECT country, count(*) FROM incidents GROUP BY country;
CREATE TRIGGER incident_stats_insert AFTER INSERT ON incidents BEGIN
	INSERT INTO incident_stats_day_type (date, type, n) VALUES (new.date, new.type, 1)
		ON CONFLICT (date, type) DO UPDATE SET n = n + 1;
	INSERT INTO incident_stats_country (country, n) VALUES (new.country, 1)
		ON CONFLICT (country) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER incident_stats_delete AFTER DELETE ON incidents BEGIN
	UPDATE incident_stats_day_type SET n = n - 1 WHERE date = old.date AND type = old.type;
	DELETE FROM incident_stats_day_type WHERE date = old.date AND type = old.type AND n = 0;
	UPDATE incident_stats_country SET n = n - 1 WHERE country = old.country;
	DELETE FROM incident_stats_country WHERE country = old.country AND n = 0;
END;
