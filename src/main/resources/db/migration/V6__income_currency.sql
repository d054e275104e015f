-- The ISO 4217 code of the currency a member's annual income is in. Rows stored before stay null: the convenor's
-- currency, which is how every income was read until now.
ALTER TABLE member ADD COLUMN income_currency VARCHAR(3);
