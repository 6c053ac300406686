-- Watches of package alert: the webhook, its signing secret and the rule
-- (alert.Rule as JSON). Times are Unix milliseconds. AUTOINCREMENT: an
-- id is never given again after its watch is removed, so a receiver or a
-- page keying on it never takes two watches for one (and the same for
-- deliveries, whose id is the X-Sitrep-Delivery a receiver drops repeats by).
CREATE TABLE watches (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	name       TEXT NOT NULL,
	url        TEXT NOT NULL,
	secret     TEXT NOT NULL,
	rule       TEXT NOT NULL,
	created_at INTEGER NOT NULL
);
-- One change of one incident to send to one watch, and how sending it
-- went. UNIQUE (watch, seq): a change is queued for a watch once, even if
-- two dispatchers read it. A delivery leaves 'pending' once, for
-- 'delivered' or 'failed', and is never sent again.
CREATE TABLE deliveries (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	watch      INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	incident   TEXT NOT NULL,
	event      TEXT NOT NULL,
	kind       TEXT NOT NULL,
	revision   INTEGER NOT NULL,
	record     TEXT NOT NULL,
	changed_at INTEGER NOT NULL,
	status     TEXT NOT NULL DEFAULT 'pending',
	attempts   INTEGER NOT NULL DEFAULT 0,
	next_at    INTEGER NOT NULL,
	last_code  INTEGER NOT NULL DEFAULT 0,
	last_error TEXT NOT NULL DEFAULT '',
	created_at INTEGER NOT NULL,
	done_at    INTEGER,
	UNIQUE (watch, seq)
);
CREATE INDEX deliveries_due ON deliveries (next_at, id) WHERE status = 'pending';
CREATE INDEX deliveries_incident ON deliveries (incident, id);
CREATE INDEX deliveries_recent ON deliveries (watch, id);
-- The last change of the change log the dispatcher has matched.
CREATE TABLE alert_cursor (seq INTEGER NOT NULL);
INSERT INTO alert_cursor (seq) VALUES (0);
