-- A few rows for the demo database, so the rebuild visibly keeps them.
INSERT INTO users (id, email, name) VALUES (1, 'ada@example.com', 'Ada'), (2, 'linus@example.com', 'Linus');
INSERT INTO posts (author_id, title, body, status) VALUES
  (1, 'Notes on the engine', 'The analytical engine weaves algebraic patterns.', 'published'),
  (2, 'Just a hobby', 'Nothing big and professional.', 'draft');
