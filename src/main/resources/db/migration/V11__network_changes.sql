-- What each write to the network touched, kept for the last writes only: an instance whose copy of the network
-- is a few revisions behind re-reads just those members (and the small tables when "others" is set) instead of
-- the whole store. A revision without a row here (a replacement, a large import) means: read everything again.
CREATE TABLE network_change (
    revision BIGINT  PRIMARY KEY,
    others   BOOLEAN NOT NULL
);

CREATE TABLE network_change_member (
    revision  BIGINT       NOT NULL REFERENCES network_change (revision) ON DELETE CASCADE,
    member_id VARCHAR(100) NOT NULL
);
CREATE INDEX network_change_member_revision ON network_change_member (revision);
