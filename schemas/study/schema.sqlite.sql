-- A flash-card study app as it runs on SQLite: users keep study books of
-- questions, search them with FTS5, and log typing practice. The reference
-- schema for moving an SQLite app to PostgreSQL (schemac convert / copy /
-- verify); fill.sh puts realistic rows in it.
CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  public_id TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  is_admin INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  last_seen_at INTEGER
);

CREATE TABLE study_books (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  owner_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
  forked_from INTEGER REFERENCES study_books (id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  description TEXT,
  is_public BOOLEAN NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX study_books_owner ON study_books (owner_id);

CREATE TABLE book_members (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  book_id INTEGER NOT NULL REFERENCES study_books (id) ON DELETE CASCADE,
  role TEXT NOT NULL DEFAULT 'reader' CHECK (role IN ('reader', 'editor')),
  PRIMARY KEY (user_id, book_id)
) WITHOUT ROWID;

CREATE TABLE questions (
  id INTEGER PRIMARY KEY,
  book_id INTEGER NOT NULL REFERENCES study_books (id) ON DELETE CASCADE,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  difficulty INTEGER NOT NULL DEFAULT 1 CHECK (difficulty BETWEEN 1 AND 5),
  image BLOB,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX questions_book ON questions (book_id);

-- Full-text search over questions, kept in step by triggers.
CREATE VIRTUAL TABLE questions_fts USING fts5(question, answer, content='questions', content_rowid='id');
CREATE TRIGGER questions_fts_insert AFTER INSERT ON questions BEGIN
  INSERT INTO questions_fts (rowid, question, answer) VALUES (new.id, new.question, new.answer);
END;
CREATE TRIGGER questions_fts_delete AFTER DELETE ON questions BEGIN
  INSERT INTO questions_fts (questions_fts, rowid, question, answer) VALUES ('delete', old.id, old.question, old.answer);
END;
CREATE TRIGGER questions_fts_update AFTER UPDATE ON questions BEGIN
  INSERT INTO questions_fts (questions_fts, rowid, question, answer) VALUES ('delete', old.id, old.question, old.answer);
  INSERT INTO questions_fts (rowid, question, answer) VALUES (new.id, new.question, new.answer);
END;

CREATE TABLE typing_logs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  question_id INTEGER REFERENCES questions (id) ON DELETE SET NULL,
  words_per_minute REAL NOT NULL,
  accuracy DECIMAL(5,2) NOT NULL CHECK (accuracy BETWEEN 0 AND 100),
  occurred_at TEXT NOT NULL,
  duration_ms INTEGER NOT NULL
);
CREATE INDEX typing_logs_user_time ON typing_logs (user_id, occurred_at DESC);
CREATE INDEX typing_logs_struggles ON typing_logs (user_id) WHERE accuracy < 80;
