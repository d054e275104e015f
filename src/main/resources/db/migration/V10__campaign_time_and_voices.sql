-- A campaign's time: when it runs, where it stands, what came of it. Campaigns stored before are active and
-- undated, which is how every campaign was read until now.
ALTER TABLE campaign ADD COLUMN starts_on DATE;
ALTER TABLE campaign ADD COLUMN ends_on DATE;
ALTER TABLE campaign ADD COLUMN status VARCHAR(10) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE campaign ADD COLUMN outcome VARCHAR(4000);
ALTER TABLE campaign ADD COLUMN lessons VARCHAR(4000);

-- The political moments a campaign works towards, in the order given.
CREATE TABLE campaign_moment (
    campaign_id VARCHAR(100)  NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    seq         INTEGER       NOT NULL,
    moment_on   DATE          NOT NULL,
    what        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (campaign_id, seq)
);

-- Who may speak: null is not known, read as before (not serving, nameable).
ALTER TABLE member ADD COLUMN serving BOOLEAN;
ALTER TABLE member ADD COLUMN publicly_nameable BOOLEAN;
