-- --near at a million incidents on PostgreSQL (issue 13), as SQLite's
-- 0016 and 0018 do it: a btree on (floor(lat * 16), lon, lat, date, id)
-- carrying the type, country and rid, so that a circle's box is one range
-- of longitudes in each band of a sixteenth of a degree it spans, and what
-- the filters, the exact distance, the stats and the page need is in the
-- index (sqlstore's Dialect.LatBands and nearBox). The GiST index on the
-- point gave the box's incidents but none of their columns: each was
-- looked up in the table, one page read for each of the 15,000 incidents
-- of a wide circle in a dense place, and the planner, which has no
-- estimate of how many points a box holds, priced them blind.
DROP INDEX incidents_geo;
CREATE INDEX incidents_near ON incidents ((floor(lat * 16)), lon, lat, date, id) INCLUDE (type, country, rid) WHERE lat IS NOT NULL;
-- A wide circle's page walks the newest incidents (sqlstore's nearWalk)
-- and tests each for the circle: the date index carries the point and
-- the rid too, so that the walk reads no incident either.
DROP INDEX incidents_date;
CREATE INDEX incidents_date ON incidents (date, id) INCLUDE (type, country, lat, lon, rid);
-- --text at a million incidents: the planner priced a phrase ("place
-- 123") at 500 of 100,000 documents, the default for a word its sample
-- did not see, and joined so many by reading every extraction rather
-- than looking each document's up; it matched 21. A larger sample of
-- the documents' words prices rare ones lower, and the documents'
-- extractions, their incidents carried, are looked up without reading
-- an extraction.
ALTER TABLE documents ALTER COLUMN tsv SET STATISTICS 1000;
ANALYZE documents;
DROP INDEX extractions_doc;
CREATE INDEX extractions_doc ON extractions (doc_seq) INCLUDE (incident);
