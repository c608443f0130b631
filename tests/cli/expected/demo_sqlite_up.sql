PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE comments (
  id INTEGER PRIMARY KEY,
  post_id INTEGER NOT NULL,
  author_id INTEGER,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
  FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE TABLE schemac_new_posts (
  id INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  body TEXT,
  status TEXT NOT NULL DEFAULT 'draft',
  published_at TEXT,
  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CHECK (length(title) BETWEEN 1 AND 200),
  CHECK (status IN ('draft', 'published', 'archived')),
  FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE
);
INSERT INTO schemac_new_posts (id, author_id, title, body, status, created_at) SELECT id, author_id, title, body, status, created_at FROM posts;
DROP TABLE posts;
ALTER TABLE schemac_new_posts RENAME TO posts;
ALTER TABLE users ADD COLUMN bio TEXT;
CREATE VIRTUAL TABLE posts_search USING fts5 (title, body, content = 'posts', content_rowid = 'id');
INSERT INTO posts_search (posts_search) VALUES ('rebuild');
CREATE INDEX posts_author_idx ON posts (author_id, created_at DESC);
CREATE INDEX posts_published_idx ON posts (published_at) WHERE status = 'published';
CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));
CREATE INDEX comments_post_idx ON comments (post_id, created_at);
CREATE VIEW published_posts AS SELECT p.id, p.title, u.name AS author, p.published_at FROM posts p JOIN users u ON u.id = p.author_id WHERE p.status = 'published';
CREATE TRIGGER posts_search_delete AFTER DELETE ON posts FOR EACH ROW BEGIN INSERT INTO posts_search(posts_search, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END;
CREATE TRIGGER posts_search_insert AFTER INSERT ON posts FOR EACH ROW BEGIN INSERT INTO posts_search(rowid, title, body) VALUES (new.id, new.title, new.body); END;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
