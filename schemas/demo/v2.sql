-- schemac demo app, version 2: archived posts, comments, case-insensitive emails.
CREATE SCHEMA app;

CREATE TYPE app.post_status AS ENUM ('draft', 'published', 'archived');

CREATE TABLE app.users (
  id         bigserial PRIMARY KEY,
  email      varchar(320) NOT NULL UNIQUE,
  name       text NOT NULL,
  bio        text,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE app.users IS 'People who write and comment';
COMMENT ON COLUMN app.users.bio IS 'Shown on the profile page';
CREATE UNIQUE INDEX users_email_lower_idx ON app.users (lower(email));

CREATE TABLE app.posts (
  id           bigserial PRIMARY KEY,
  author_id    bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
  title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body         text,
  status       app.post_status NOT NULL DEFAULT 'draft',
  published_at timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX posts_author_idx ON app.posts (author_id, created_at DESC);
CREATE INDEX posts_published_idx ON app.posts (published_at) WHERE status = 'published';

CREATE TABLE app.comments (
  id         bigserial PRIMARY KEY,
  post_id    bigint NOT NULL REFERENCES app.posts (id) ON DELETE CASCADE,
  author_id  bigint REFERENCES app.users (id) ON DELETE SET NULL,
  body       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comments_post_idx ON app.comments (post_id, created_at);
