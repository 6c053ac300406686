-- Stats by day at a million incidents, as SQLite's 0017 (see there): the
-- month counters carry their days, a JSON object of the row's incidents
-- by the rest of their date after the month (month || key is the date),
-- and the cells the tolls Killed sums; the day counters of 0008 go. The
-- days are kept as jsonb's text, not as jsonb: turning the 3,400 rows of
-- months and types into text was 45 of the 50 ms reading them took at
-- 100k incidents, and the triggers that add one day parse one row.
ALTER TABLE incident_stats_month_type ADD COLUMN days TEXT NOT NULL DEFAULT '{}';
UPDATE incident_stats_month_type SET days = g.days FROM (
	SELECT month, type, jsonb_object_agg(rest, n)::TEXT AS days FROM (
		SELECT substr(date, 1, 7) AS month, type, substr(date, 8) AS rest, count(*) AS n
		FROM incidents GROUP BY date, type) d
	GROUP BY month, type) g
WHERE g.month = incident_stats_month_type.month AND g.type = incident_stats_month_type.type;

ALTER TABLE incident_stats_cell ADD COLUMN days TEXT NOT NULL DEFAULT '{}';
ALTER TABLE incident_stats_cell ADD COLUMN killed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_stats_cell ADD COLUMN killed_known BIGINT NOT NULL DEFAULT 0;
UPDATE incident_stats_cell SET days = g.days, killed = g.killed, killed_known = g.known FROM (
	SELECT country, type, month, jsonb_object_agg(rest, n)::TEXT AS days, sum(killed) AS killed, sum(known) AS known FROM (
		SELECT country, type, substr(date, 1, 7) AS month, substr(date, 8) AS rest, count(*) AS n,
			coalesce(sum(killed), 0) AS killed, count(killed) AS known
		FROM incidents GROUP BY country, type, date) d
	GROUP BY country, type, month) g
WHERE g.country = incident_stats_cell.country AND g.type = incident_stats_cell.type AND g.month = incident_stats_cell.month;

-- day_count_add returns days with k added to the count of key, which
-- goes when it falls to zero.
CREATE FUNCTION day_count_add(days TEXT, key TEXT, k BIGINT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE WHEN coalesce((days::jsonb ->> key)::BIGINT, 0) + k = 0 THEN (days::jsonb - key)::TEXT
		ELSE jsonb_set(days::jsonb, ARRAY[key], to_jsonb(coalesce((days::jsonb ->> key)::BIGINT, 0) + k))::TEXT END
$$;

CREATE OR REPLACE FUNCTION incident_stats_month_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO incident_stats_month_type (month, type, n, days) VALUES (substr(NEW.date, 1, 7), NEW.type, 1, jsonb_build_object(substr(NEW.date, 8), 1)::TEXT)
			ON CONFLICT (month, type) DO UPDATE SET n = incident_stats_month_type.n + 1,
				days = day_count_add(incident_stats_month_type.days, substr(NEW.date, 8), 1);
	ELSE
		UPDATE incident_stats_month_type SET n = n - 1, days = day_count_add(days, substr(OLD.date, 8), -1)
			WHERE month = substr(OLD.date, 1, 7) AND type = OLD.type;
		DELETE FROM incident_stats_month_type WHERE month = substr(OLD.date, 1, 7) AND type = OLD.type AND n = 0;
	END IF;
	RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION incident_stats_cell_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO incident_stats_cell (country, type, month, n, days, killed, killed_known)
			VALUES (NEW.country, NEW.type, substr(NEW.date, 1, 7), 1, jsonb_build_object(substr(NEW.date, 8), 1)::TEXT,
				coalesce(NEW.killed, 0), CASE WHEN NEW.killed IS NULL THEN 0 ELSE 1 END)
			ON CONFLICT (country, type, month) DO UPDATE SET n = incident_stats_cell.n + 1,
				days = day_count_add(incident_stats_cell.days, substr(NEW.date, 8), 1),
				killed = incident_stats_cell.killed + excluded.killed,
				killed_known = incident_stats_cell.killed_known + excluded.killed_known;
	ELSE
		UPDATE incident_stats_cell SET n = n - 1, days = day_count_add(days, substr(OLD.date, 8), -1),
			killed = killed - coalesce(OLD.killed, 0), killed_known = killed_known - CASE WHEN OLD.killed IS NULL THEN 0 ELSE 1 END
			WHERE country = OLD.country AND type = OLD.type AND month = substr(OLD.date, 1, 7);
		DELETE FROM incident_stats_cell WHERE country = OLD.country AND type = OLD.type AND month = substr(OLD.date, 1, 7) AND n = 0;
	END IF;
	RETURN NULL;
END;
$$;

-- The day counters of 0008 are read no more.
CREATE OR REPLACE FUNCTION incident_stats_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO incident_stats_country (country, n) VALUES (NEW.country, 1)
			ON CONFLICT (country) DO UPDATE SET n = incident_stats_country.n + 1;
	ELSE
		UPDATE incident_stats_country SET n = n - 1 WHERE country = OLD.country;
		DELETE FROM incident_stats_country WHERE country = OLD.country AND n = 0;
	END IF;
	RETURN NULL;
END;
$$;
DROP TABLE incident_stats_day_type;
