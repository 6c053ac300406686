-- incident_actor (0003) answers --actor; the names it was filled from are
-- no longer read.
DROP TABLE incident_actors;
DROP TABLE actors;
