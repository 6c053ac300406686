-- Each incident filed under the keys of its perpetrators' names
-- (sqlstore.ActorKey: lower-cased words; each name's key and its word
-- suffixes), with its date and id, so that --actor is one range of this
-- index, read newest first, and --actor with --since narrows that range
-- instead of testing every incident. Keys compare bytewise (COLLATE "C"):
-- the range a search covers depends on it. Filled for stored incidents by
-- a Go step of this migration (sqlstore.backfillActorKeys).
CREATE TABLE incident_actor (
	key  TEXT COLLATE "C" NOT NULL,
	date TEXT COLLATE "C" NOT NULL,
	id   TEXT COLLATE "C" NOT NULL,
	rid  BIGINT NOT NULL REFERENCES incidents (rid) ON DELETE CASCADE,
	PRIMARY KEY (key, date, id)
);
CREATE INDEX incident_actor_rid ON incident_actor (rid);
