-- The order member lists are read in (by name whatever the case, by id when a member has none), kept as a column
-- with an index: a page of 100 members of 100,000 then reads 100 index entries instead of sorting every member.
-- The service writes it with each member (MemberTable.sortName); here the rows already stored get the same value.
ALTER TABLE member ADD COLUMN sort_name VARCHAR(100);
UPDATE member SET sort_name = LEFT(LOWER(COALESCE(NULLIF(TRIM(name), ''), id)), 100);
ALTER TABLE member ALTER COLUMN sort_name SET NOT NULL;
CREATE INDEX member_sort ON member (sort_name, id);
