CREATE TABLE tweets (
    id         text        PRIMARY KEY,
    created_at timestamptz NOT NULL,
    text       text        NOT NULL,
    source     text,
    retweeted  boolean     NOT NULL DEFAULT false,
    "user"     jsonb
);

-- Serves GET /latest: the newest rows are read straight off the index, whatever the table size.
CREATE INDEX tweets_latest_idx ON tweets (created_at DESC, id DESC);
