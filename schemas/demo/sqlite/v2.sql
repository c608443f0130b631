-- schemac demo app, version 2 (SQLite flavour): archived posts, comments,
-- case-insensitive emails, full-text search over posts.
CREATE TABLE users (
  id         INTEGER PRIMARY KEY,
  email      TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  bio        TEXT
);
CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));

CREATE TABLE posts (
  id           INTEGER PRIMARY KEY,
  author_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body         TEXT,
  status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
  published_at TEXT,
  created_at   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX posts_author_idx ON posts (author_id, created_at DESC);
CREATE INDEX posts_published_idx ON posts (published_at) WHERE status = 'published';

CREATE TABLE comments (
  id         INTEGER PRIMARY KEY,
  post_id    INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  author_id  INTEGER REFERENCES users (id) ON DELETE SET NULL,
  body       TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX comments_post_idx ON comments (post_id, created_at);

-- Search over titles and bodies, kept in step with posts.
CREATE VIRTUAL TABLE posts_search USING fts5(title, body, content='posts', content_rowid='id');
CREATE TRIGGER posts_search_insert AFTER INSERT ON posts BEGIN
  INSERT INTO posts_search (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER posts_search_delete AFTER DELETE ON posts BEGIN
  INSERT INTO posts_search (posts_search, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE VIEW published_posts AS
  SELECT p.id, p.title, u.name AS author, p.published_at
  FROM posts p JOIN users u ON u.id = p.author_id
  WHERE p.status = 'published';
