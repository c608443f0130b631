-- schemac demo app, version 1: a small publishing app.
CREATE SCHEMA app;

CREATE TYPE app.post_status AS ENUM ('draft', 'published');

CREATE TABLE app.users (
  id          bigserial PRIMARY KEY,
  email       varchar(200) NOT NULL UNIQUE,
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app.users IS 'People who write and comment';

CREATE TABLE app.posts (
  id         bigserial PRIMARY KEY,
  author_id  bigint NOT NULL REFERENCES app.users (id),
  title      text NOT NULL CHECK (length(title) > 0),
  body       text,
  status     app.post_status NOT NULL DEFAULT 'draft',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX posts_author_idx ON app.posts (author_id);
