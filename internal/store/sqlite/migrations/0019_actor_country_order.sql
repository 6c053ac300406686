-- An --actor search with a country at a million incidents (issue 13):
-- its page walked the key's entries newest first and tested the country
-- on each, so that a country holding few of the key's incidents read
-- every entry of the key (78,000 for "taliban").
--
-- incident_actor_country orders the key's entries of a country by date
-- and id, and carries the type and the rid, so that the page of one
-- country is the newest entries of one range of it, neither sorted nor
-- looked up. The count of a key, a country and a type, and the stats of
-- an actor with countries, read the same range and test the type on its
-- entries, as they read the key's (migration 0018).
DROP INDEX incident_actor_country;
CREATE INDEX incident_actor_country ON incident_actor (key, country, date, id, type, rid);
