-- The day each member joined the network. Rows stored before stay null: "with us before anything we record",
-- which the relationship rules read as no joining grace.
ALTER TABLE member ADD COLUMN joined_on DATE;
