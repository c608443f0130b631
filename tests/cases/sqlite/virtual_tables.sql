# SQLite: virtual tables (FTS5). They have no ALTER: a changed one is made
# again; one over a table of its own (content=) is filled from it.

# case: create an fts5 table
-- current
-- desired
CREATE VIRTUAL TABLE docs USING fts5(title, body);
-- up
CREATE VIRTUAL TABLE docs USING fts5 (title, body);
-- down
DROP TABLE docs;

# case: fts5 options
-- current
-- desired
CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'porter unicode61', prefix = '2 3');
-- up
CREATE VIRTUAL TABLE docs USING fts5 (title, body, tokenize = 'porter unicode61', prefix = '2 3');
-- down
DROP TABLE docs;

# case: drop an fts5 table
-- current
CREATE VIRTUAL TABLE docs USING fts5(title, body);
-- desired
-- up
DROP TABLE docs;
-- down
CREATE VIRTUAL TABLE docs USING fts5 (title, body);

# case: external content fts5 table is filled from its table
-- current
CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT);
-- data
INSERT INTO book VALUES (1, 'the sqlite book'), (2, 'postgres');
-- desired
CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT);
CREATE VIRTUAL TABLE book_fts USING fts5(title, content='book', content_rowid='id');
-- up
CREATE VIRTUAL TABLE book_fts USING fts5 (title, content = 'book', content_rowid = 'id');
INSERT INTO book_fts (book_fts) VALUES ('rebuild');
-- down
DROP TABLE book_fts;

# case: change an fts5 table
-- current
CREATE VIRTUAL TABLE docs USING fts5(title);
-- desired
CREATE VIRTUAL TABLE docs USING fts5(title, body);
-- up
DROP TABLE docs;
CREATE VIRTUAL TABLE docs USING fts5 (title, body);
-- down
DROP TABLE docs;
CREATE VIRTUAL TABLE docs USING fts5 (title);

# case: contentless fts5 table
-- current
-- desired
CREATE VIRTUAL TABLE idx USING fts5(a, content='');
-- up
CREATE VIRTUAL TABLE idx USING fts5 (a, content = '');
-- down
DROP TABLE idx;

# case: fts5 kept in sync by triggers, through a rebuild of its table
-- current
CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT);
CREATE VIRTUAL TABLE book_fts USING fts5(title, content='book', content_rowid='id');
CREATE TRIGGER book_ai AFTER INSERT ON book BEGIN
  INSERT INTO book_fts (rowid, title) VALUES (new.id, new.title);
END;
-- data
INSERT INTO book VALUES (1, 'the sqlite book'), (2, 'postgres');
-- desired
CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE VIRTUAL TABLE book_fts USING fts5(title, content='book', content_rowid='id');
CREATE TRIGGER book_ai AFTER INSERT ON book BEGIN
  INSERT INTO book_fts (rowid, title) VALUES (new.id, new.title);
END;
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
DROP TRIGGER book_ai;
CREATE TABLE schemac_new_book (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL
);
INSERT INTO schemac_new_book (id, title) SELECT id, title FROM book;
DROP TABLE book;
ALTER TABLE schemac_new_book RENAME TO book;
CREATE TRIGGER book_ai AFTER INSERT ON book FOR EACH ROW BEGIN INSERT INTO book_fts(rowid, title) VALUES (new.id, new.title); END;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
DROP TRIGGER book_ai;
CREATE TABLE schemac_new_book (
  id INTEGER PRIMARY KEY,
  title TEXT
);
INSERT INTO schemac_new_book (id, title) SELECT id, title FROM book;
DROP TABLE book;
ALTER TABLE schemac_new_book RENAME TO book;
CREATE TRIGGER book_ai AFTER INSERT ON book FOR EACH ROW BEGIN INSERT INTO book_fts(rowid, title) VALUES (new.id, new.title); END;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: spelling of fts5 arguments does not make a change
-- current
CREATE VIRTUAL TABLE docs USING FTS5(Title, tokenize="porter");
-- desired
CREATE VIRTUAL TABLE docs USING fts5(title, tokenize = "porter");
-- up
-- down
