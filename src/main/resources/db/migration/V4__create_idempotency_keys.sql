-- The Idempotency-Key of each POST /databases that sent one (README, "Databases on demand"): a retry with the same key
-- answers the database the first request made, never a second. A key is written with its database's record, in one
-- transaction, and is spent for the window (DATABASES_IDEMPOTENCY_WINDOW) from then; a creation that fails takes its
-- key with it, so that a retry may make the database after all.
CREATE TABLE idempotency_keys (
    owner_id    bigint      NOT NULL CHECK (owner_id > 0),
    key         text        NOT NULL CHECK (char_length(key) BETWEEN 1 AND 255),
    -- the request it came with, as the service read it: the same key with another request is refused
    request     jsonb       NOT NULL,
    -- NULL once the database was deleted: the key stays spent, and says so
    database_id uuid        REFERENCES databases (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (owner_id, key)
);

-- the purge of expired keys, and the foreign key's SET NULL when a database is deleted
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
CREATE INDEX idempotency_keys_database_idx ON idempotency_keys (database_id);
