-- The databases provisioned for users on tenant servers (package dev.exemplar.databases). A row is written before
-- anything is made on the server and marked ready once the database and its role exist; the service never stores a
-- password nor its verifier.
CREATE TABLE databases (
    id            uuid        PRIMARY KEY,
    owner_id      bigint      NOT NULL CHECK (owner_id > 0),
    label         text        CHECK (char_length(label) <= 100),
    -- the tenant server it lives on (the placement's name for it) and the names the service made there
    server_name   text        NOT NULL,
    database_name text        NOT NULL,
    role_name     text        NOT NULL,
    ready         boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT databases_database_name_key UNIQUE (server_name, database_name),
    CONSTRAINT databases_role_name_key UNIQUE (server_name, role_name)
);

-- GET /databases and the quota's count: a user's rows, in the order they were made.
CREATE INDEX databases_owner_idx ON databases (owner_id, created_at);
