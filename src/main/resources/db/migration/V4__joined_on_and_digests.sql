-- The day each member joined the network. Rows stored before stay null: "with us before anything we record",
-- which the relationship rules read as no joining grace.
ALTER TABLE member ADD COLUMN joined_on DATE;

-- One row per weekly digest owed: a schedule slot (the slot's time in the office's zone, or "now-..." for one
-- sent by hand) and its recipient (a username, or "*team" for the team's address). The primary key is what makes
-- each (slot, recipient) sent once, even with several instances on one database: an instance sends only what its
-- own insert claimed. last_error names the failure's kind only (exception classes), never an address or a name.
CREATE TABLE digest_delivery (
    slot       VARCHAR(60)  NOT NULL,
    recipient  VARCHAR(100) NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    attempts   INTEGER      NOT NULL,
    last_error VARCHAR(500),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (slot, recipient)
);

-- ShedLock's table, as its JDBC provider documents it: one row per scheduled job, held by the instance running it.
-- Times are the database's own, in UTC (the provider is set to use the database's time, not each instance's).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
