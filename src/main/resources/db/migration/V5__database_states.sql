-- A record's state (issue 23): 'creating' from its reservation until all is made on the tenant server, 'ready' then,
-- 'deleting' from a DELETE until the server has dropped it (a drop that failed leaves it so; a retried DELETE ends
-- it). The tenant server's work runs with no lock on the record held: the state is what keeps requests apart.
ALTER TABLE databases ADD COLUMN state text NOT NULL DEFAULT 'creating'
    CHECK (state IN ('creating', 'ready', 'deleting'));
UPDATE databases SET state = 'ready' WHERE ready;
ALTER TABLE databases DROP COLUMN ready;
