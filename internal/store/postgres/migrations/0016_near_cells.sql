-- --near at a million incidents, as SQLite's 0016 (see there): located
-- incidents counted by cell of a sixteenth of a degree, kept by a
-- trigger, so that a circle's total sums the cells wholly inside it and
-- tests only the incidents of the cells its edge crosses. (The date
-- index keeps its columns: a circle holding many incidents takes its page
-- from the newest entries of it, and the heap gives their positions.)
CREATE TABLE incident_near_cell (
	band BIGINT NOT NULL, -- floor(lat * 16)
	cell BIGINT NOT NULL, -- floor(lon * 16)
	n    BIGINT NOT NULL,
	PRIMARY KEY (band, cell)
);
INSERT INTO incident_near_cell (band, cell, n)
	SELECT floor(lat * 16), floor(lon * 16), count(*) FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL
	GROUP BY floor(lat * 16), floor(lon * 16);
CREATE FUNCTION incident_near_cell_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		IF NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL THEN
			INSERT INTO incident_near_cell (band, cell, n) VALUES (floor(NEW.lat * 16), floor(NEW.lon * 16), 1)
				ON CONFLICT (band, cell) DO UPDATE SET n = incident_near_cell.n + 1;
		END IF;
	ELSIF OLD.lat IS NOT NULL AND OLD.lon IS NOT NULL THEN
		UPDATE incident_near_cell SET n = n - 1 WHERE band = floor(OLD.lat * 16) AND cell = floor(OLD.lon * 16);
		DELETE FROM incident_near_cell WHERE band = floor(OLD.lat * 16) AND cell = floor(OLD.lon * 16) AND n = 0;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER incident_near_cell_change AFTER INSERT OR DELETE ON incidents
	FOR EACH ROW EXECUTE FUNCTION incident_near_cell_change();
