-- Stats by day at a million incidents (issue 13): the day counters of
-- 0008 are a hundred thousand rows of day and type, and reading them
-- through the driver, one map entry each, was most of a 175 ms answer.
--
-- The month counters of 0012 and 0013 carry their days: days is a JSON
-- object of the incidents of the row by the rest of their date after the
-- month ("-05" for the 5th, "" for a date known only to the month or the
-- year), so that month || key is the date, byte for byte, whatever it
-- holds. Unfiltered stats by day read the 3,400 rows of months and types,
-- and stats by day or month for countries, types and dates the rows of
-- their cells, dropping the days outside the dates (sqlstore's dayCounts):
-- no incident is read. The cells also keep the tolls (the killed total
-- and how many incidents give a figure) that Killed sums.
ALTER TABLE incident_stats_month_type ADD COLUMN days TEXT NOT NULL DEFAULT '{}';
UPDATE incident_stats_month_type SET days = g.days FROM (
	SELECT month, type, json_group_object(rest, n) AS days FROM (
		SELECT substr(date, 1, 7) AS month, type, substr(date, 8) AS rest, count(*) AS n
		FROM incidents GROUP BY date, type)
	GROUP BY month, type) g
WHERE g.month = incident_stats_month_type.month AND g.type = incident_stats_month_type.type;
DROP TRIGGER incident_stats_month_insert;
DROP TRIGGER incident_stats_month_delete;
CREATE TRIGGER incident_stats_month_insert AFTER INSERT ON incidents BEGIN
	INSERT INTO incident_stats_month_type (month, type, n, days) VALUES (substr(new.date, 1, 7), new.type, 1, json_object(substr(new.date, 8), 1))
		ON CONFLICT (month, type) DO UPDATE SET n = n + 1,
			days = json_set(days, '$."' || substr(new.date, 8) || '"', coalesce(json_extract(days, '$."' || substr(new.date, 8) || '"'), 0) + 1);
END;
CREATE TRIGGER incident_stats_month_delete AFTER DELETE ON incidents BEGIN
	UPDATE incident_stats_month_type SET n = n - 1,
		days = CASE json_extract(days, '$."' || substr(old.date, 8) || '"') WHEN 1 THEN json_remove(days, '$."' || substr(old.date, 8) || '"')
			ELSE json_set(days, '$."' || substr(old.date, 8) || '"', json_extract(days, '$."' || substr(old.date, 8) || '"') - 1) END
		WHERE month = substr(old.date, 1, 7) AND type = old.type;
	DELETE FROM incident_stats_month_type WHERE month = substr(old.date, 1, 7) AND type = old.type AND n = 0;
END;

ALTER TABLE incident_stats_cell ADD COLUMN days TEXT NOT NULL DEFAULT '{}';
ALTER TABLE incident_stats_cell ADD COLUMN killed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incident_stats_cell ADD COLUMN killed_known INTEGER NOT NULL DEFAULT 0;
UPDATE incident_stats_cell SET days = g.days, killed = g.killed, killed_known = g.known FROM (
	SELECT country, type, month, json_group_object(rest, n) AS days, sum(killed) AS killed, sum(known) AS known FROM (
		SELECT country, type, substr(date, 1, 7) AS month, substr(date, 8) AS rest, count(*) AS n,
			coalesce(sum(killed), 0) AS killed, count(killed) AS known
		FROM incidents GROUP BY country, type, date)
	GROUP BY country, type, month) g
WHERE g.country = incident_stats_cell.country AND g.type = incident_stats_cell.type AND g.month = incident_stats_cell.month;
DROP TRIGGER incident_stats_cell_insert;
DROP TRIGGER incident_stats_cell_delete;
CREATE TRIGGER incident_stats_cell_insert AFTER INSERT ON incidents BEGIN
	INSERT INTO incident_stats_cell (country, type, month, n, days, killed, killed_known)
		VALUES (new.country, new.type, substr(new.date, 1, 7), 1, json_object(substr(new.date, 8), 1), coalesce(new.killed, 0), new.killed IS NOT NULL)
		ON CONFLICT (country, type, month) DO UPDATE SET n = n + 1,
			days = json_set(days, '$."' || substr(new.date, 8) || '"', coalesce(json_extract(days, '$."' || substr(new.date, 8) || '"'), 0) + 1),
			killed = killed + excluded.killed, killed_known = killed_known + excluded.killed_known;
END;
CREATE TRIGGER incident_stats_cell_delete AFTER DELETE ON incidents BEGIN
	UPDATE incident_stats_cell SET n = n - 1,
		days = CASE json_extract(days, '$."' || substr(old.date, 8) || '"') WHEN 1 THEN json_remove(days, '$."' || substr(old.date, 8) || '"')
			ELSE json_set(days, '$."' || substr(old.date, 8) || '"', json_extract(days, '$."' || substr(old.date, 8) || '"') - 1) END,
		killed = killed - coalesce(old.killed, 0), killed_known = killed_known - (old.killed IS NOT NULL)
		WHERE country = old.country AND type = old.type AND month = substr(old.date, 1, 7);
	DELETE FROM incident_stats_cell WHERE country = old.country AND type = old.type AND month = substr(old.date, 1, 7) AND n = 0;
END;

-- The day counters of 0008 are read no more: stats by day sum the days
-- of the months above.
DROP TRIGGER incident_stats_insert;
DROP TRIGGER incident_stats_delete;
DROP TABLE incident_stats_day_type;
CREATE TRIGGER incident_stats_insert AFTER INSERT ON incidents BEGIN
	INSERT INTO incident_stats_country (country, n) VALUES (new.country, 1)
		ON CONFLICT (country) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER incident_stats_delete AFTER DELETE ON incidents BEGIN
	UPDATE incident_stats_country SET n = n - 1 WHERE country = old.country;
	DELETE FROM incident_stats_country WHERE country = old.country AND n = 0;
END;
