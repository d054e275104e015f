-- Each relationship's owner, and who recorded each contact and when. Rows stored before stay null: unknown,
-- never guessed. An owner is a username, checked against the users when a member is written; a user who later
-- leaves keeps their name here, and the pages show those members as no longer owned by a user.
ALTER TABLE member ADD COLUMN owner VARCHAR(100);
ALTER TABLE interaction ADD COLUMN recorded_by VARCHAR(100);
ALTER TABLE interaction ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;

-- The one interaction a correction or deletion was about (its number, never a member's id, which may name a
-- person); null for every other change.
ALTER TABLE audit_entry ADD COLUMN interaction_id BIGINT;
