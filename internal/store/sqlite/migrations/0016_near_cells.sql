-- --near at a million incidents (issue 13): a dense circle of 200 km held
-- 30,000 incidents, and both its total and its page read every one of
-- them from incidents_near, the great-circle distance computed for each,
-- the page sorting them all by date for its hundred.
--
-- Located incidents counted by cell, a sixteenth of a degree of latitude
-- by a sixteenth of longitude (7 km at most), kept by triggers like the
-- counters of 0008: a circle's total sums the cells wholly inside it here
-- and tests only the incidents of the cells its edge crosses, read from
-- incidents_near (sqlstore's nearCells); its page, when the circle holds
-- too few incidents for the walk below, measures only those too.
CREATE TABLE incident_near_cell (
	band INTEGER NOT NULL, -- floor(lat * 16)
	cell INTEGER NOT NULL, -- floor(lon * 16)
	n    INTEGER NOT NULL,
	PRIMARY KEY (band, cell)
) WITHOUT ROWID;
INSERT INTO incident_near_cell (band, cell, n)
	SELECT floor(lat * 16), floor(lon * 16), count(*) FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL
	GROUP BY floor(lat * 16), floor(lon * 16);
CREATE TRIGGER incident_near_cell_insert AFTER INSERT ON incidents WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
	INSERT INTO incident_near_cell (band, cell, n) VALUES (floor(new.lat * 16), floor(new.lon * 16), 1)
		ON CONFLICT (band, cell) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER incident_near_cell_delete AFTER DELETE ON incidents WHEN old.lat IS NOT NULL AND old.lon IS NOT NULL BEGIN
	UPDATE incident_near_cell SET n = n - 1 WHERE band = floor(old.lat * 16) AND cell = floor(old.lon * 16);
	DELETE FROM incident_near_cell WHERE band = floor(old.lat * 16) AND cell = floor(old.lon * 16) AND n = 0;
END;

-- A circle holding many incidents takes its page from the newest
-- incidents, read from this index with their positions (sqlstore's
-- nearWalk): for the hundred newest of 30,000 matches, a few thousand
-- entries instead of all 30,000 sorted. Its leading columns, and so the
-- pages it gives, are unchanged.
DROP INDEX incidents_date;
CREATE INDEX incidents_date ON incidents (date, id, type, country, lat, lon);

-- incidents_near by the cells' bands, a sixteenth of a degree, so that
-- each run of cells is one range of it.
DROP INDEX incidents_near;
CREATE INDEX incidents_near ON incidents (floor(lat * 16), lon, lat, date, id) WHERE lat IS NOT NULL;
