# Full-text search dictionaries and configurations: made before the tables
# whose indexes name them, options and mappings altered in place.

# case: a configuration copied from simple, with unaccent tried first for words
-- current
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
-- desired
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE TEXT SEARCH CONFIGURATION mb_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION mb_simple
    ALTER MAPPING FOR word, numword, hword, numhword, hword_part, hword_numpart
    WITH unaccent, simple;
-- up
CREATE TEXT SEARCH CONFIGURATION public.mb_simple (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR asciihword, asciiword, email, file, "float", host, hword_asciipart, "int", sfloat, uint, url, url_path, version WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.mb_simple ADD MAPPING FOR hword, hword_numpart, hword_part, numhword, numword, word WITH public.unaccent, pg_catalog.simple;
-- down
DROP TEXT SEARCH CONFIGURATION public.mb_simple;

# case: configurations copied from built-in languages map what initdb maps
-- current
CREATE SCHEMA fts;
-- desired
CREATE SCHEMA fts;
CREATE TEXT SEARCH CONFIGURATION fts.en (COPY = english);
CREATE TEXT SEARCH CONFIGURATION fts.ru (COPY = pg_catalog.russian);
CREATE TEXT SEARCH CONFIGURATION fts.hi (COPY = hindi);
CREATE TEXT SEARCH CONFIGURATION fts.de (COPY = german);
CREATE TEXT SEARCH CONFIGURATION fts.plain (PARSER = "default");
CREATE TEXT SEARCH CONFIGURATION fts.copy_of_copy (COPY = fts.de);
-- up
CREATE TEXT SEARCH CONFIGURATION fts.copy_of_copy (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION fts.copy_of_copy ADD MAPPING FOR asciihword, asciiword, hword, hword_asciipart, hword_part, word WITH pg_catalog.german_stem;
ALTER TEXT SEARCH CONFIGURATION fts.copy_of_copy ADD MAPPING FOR email, file, "float", host, hword_numpart, "int", numhword, numword, sfloat, uint, url, url_path, version WITH pg_catalog.simple;
CREATE TEXT SEARCH CONFIGURATION fts.de (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION fts.de ADD MAPPING FOR asciihword, asciiword, hword, hword_asciipart, hword_part, word WITH pg_catalog.german_stem;
ALTER TEXT SEARCH CONFIGURATION fts.de ADD MAPPING FOR email, file, "float", host, hword_numpart, "int", numhword, numword, sfloat, uint, url, url_path, version WITH pg_catalog.simple;
CREATE TEXT SEARCH CONFIGURATION fts.en (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION fts.en ADD MAPPING FOR asciihword, asciiword, hword, hword_asciipart, hword_part, word WITH pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION fts.en ADD MAPPING FOR email, file, "float", host, hword_numpart, "int", numhword, numword, sfloat, uint, url, url_path, version WITH pg_catalog.simple;
CREATE TEXT SEARCH CONFIGURATION fts.hi (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION fts.hi ADD MAPPING FOR asciihword, asciiword, hword_asciipart WITH pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION fts.hi ADD MAPPING FOR hword, hword_part, word WITH pg_catalog.hindi_stem;
ALTER TEXT SEARCH CONFIGURATION fts.hi ADD MAPPING FOR email, file, "float", host, hword_numpart, "int", numhword, numword, sfloat, uint, url, url_path, version WITH pg_catalog.simple;
CREATE TEXT SEARCH CONFIGURATION fts.plain (PARSER = pg_catalog."default");
CREATE TEXT SEARCH CONFIGURATION fts.ru (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION fts.ru ADD MAPPING FOR asciihword, asciiword, hword_asciipart WITH pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION fts.ru ADD MAPPING FOR hword, hword_part, word WITH pg_catalog.russian_stem;
ALTER TEXT SEARCH CONFIGURATION fts.ru ADD MAPPING FOR email, file, "float", host, hword_numpart, "int", numhword, numword, sfloat, uint, url, url_path, version WITH pg_catalog.simple;
-- down
DROP TEXT SEARCH CONFIGURATION fts.copy_of_copy;
DROP TEXT SEARCH CONFIGURATION fts.de;
DROP TEXT SEARCH CONFIGURATION fts.en;
DROP TEXT SEARCH CONFIGURATION fts.hi;
DROP TEXT SEARCH CONFIGURATION fts.plain;
DROP TEXT SEARCH CONFIGURATION fts.ru;

# case: a snowball dictionary without stop words, used by a configuration and an index
-- current
CREATE TABLE doc (id int PRIMARY KEY, body text);
-- desired
CREATE TEXT SEARCH DICTIONARY english_nostop (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION en ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH english_nostop;
ALTER TEXT SEARCH CONFIGURATION en DROP MAPPING FOR email, url, url_path;
COMMENT ON TEXT SEARCH DICTIONARY english_nostop IS 'keeps stop words';
COMMENT ON TEXT SEARCH CONFIGURATION en IS 'English, stop words kept';
CREATE TABLE doc (id int PRIMARY KEY, body text);
CREATE INDEX doc_fts ON doc USING gin (to_tsvector('public.en', body));
-- up
CREATE TEXT SEARCH DICTIONARY public.english_nostop (TEMPLATE = pg_catalog.snowball, language = 'english');
CREATE TEXT SEARCH CONFIGURATION public.en (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.en ADD MAPPING FOR hword, hword_part, word WITH pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION public.en ADD MAPPING FOR file, "float", host, hword_numpart, "int", numhword, numword, sfloat, uint, version WITH pg_catalog.simple;
ALTER TEXT SEARCH CONFIGURATION public.en ADD MAPPING FOR asciihword, asciiword, hword_asciipart WITH public.english_nostop;
CREATE INDEX doc_fts ON public.doc USING gin ((to_tsvector('public.en', body)));
COMMENT ON TEXT SEARCH DICTIONARY public.english_nostop IS 'keeps stop words';
COMMENT ON TEXT SEARCH CONFIGURATION public.en IS 'English, stop words kept';
-- down
DROP INDEX public.doc_fts;
DROP TEXT SEARCH CONFIGURATION public.en;
DROP TEXT SEARCH DICTIONARY public.english_nostop;

# case: dictionary options set and removed in one statement
-- current
CREATE TEXT SEARCH DICTIONARY syn (TEMPLATE = synonym, synonyms = 'synonym_sample');
CREATE TEXT SEARCH DICTIONARY stem (TEMPLATE = snowball, language = 'english', stopwords = 'english');
-- desired
CREATE TEXT SEARCH DICTIONARY syn (TEMPLATE = synonym, synonyms = 'synonym_sample', casesensitive = true);
CREATE TEXT SEARCH DICTIONARY stem (TEMPLATE = snowball, language = 'english');
-- up
ALTER TEXT SEARCH DICTIONARY public.stem (stopwords);
ALTER TEXT SEARCH DICTIONARY public.syn (casesensitive = 'true');
-- down
ALTER TEXT SEARCH DICTIONARY public.stem (stopwords = 'english');
ALTER TEXT SEARCH DICTIONARY public.syn (casesensitive);

# case: mappings changed, added and dropped
-- current
CREATE TEXT SEARCH CONFIGURATION c (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION c DROP MAPPING FOR email;
-- desired
CREATE TEXT SEARCH CONFIGURATION c (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION c ALTER MAPPING FOR word, asciiword WITH english_stem, simple;
ALTER TEXT SEARCH CONFIGURATION c DROP MAPPING IF EXISTS FOR url, host;
ALTER TEXT SEARCH CONFIGURATION c ALTER MAPPING REPLACE simple WITH danish_stem;
-- up
ALTER TEXT SEARCH CONFIGURATION public.c DROP MAPPING FOR host, url;
ALTER TEXT SEARCH CONFIGURATION public.c ALTER MAPPING FOR asciihword, email, file, "float", hword, hword_asciipart, hword_numpart, hword_part, "int", numhword, numword, sfloat, uint, url_path, version WITH pg_catalog.danish_stem;
ALTER TEXT SEARCH CONFIGURATION public.c ALTER MAPPING FOR asciiword, word WITH pg_catalog.english_stem, pg_catalog.danish_stem;
-- down
ALTER TEXT SEARCH CONFIGURATION public.c DROP MAPPING FOR email;
ALTER TEXT SEARCH CONFIGURATION public.c ALTER MAPPING FOR asciihword, asciiword, file, "float", host, hword, hword_asciipart, hword_numpart, hword_part, "int", numhword, numword, sfloat, uint, url, url_path, version, word WITH pg_catalog.simple;

# case: a dictionary with a new template is made again, with the configuration that maps to it
-- current
CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = simple, stopwords = english);
CREATE TEXT SEARCH CONFIGURATION c (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION c ADD MAPPING FOR word WITH d;
-- desired
CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = snowball, language = english);
CREATE TEXT SEARCH CONFIGURATION c (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION c ADD MAPPING FOR word WITH d;
-- up
DROP TEXT SEARCH CONFIGURATION public.c;
DROP TEXT SEARCH DICTIONARY public.d;
CREATE TEXT SEARCH DICTIONARY public.d (TEMPLATE = pg_catalog.snowball, language = 'english');
CREATE TEXT SEARCH CONFIGURATION public.c (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.c ADD MAPPING FOR word WITH public.d;
-- down
DROP TEXT SEARCH CONFIGURATION public.c;
DROP TEXT SEARCH DICTIONARY public.d;
CREATE TEXT SEARCH DICTIONARY public.d (TEMPLATE = pg_catalog.simple, stopwords = 'english');
CREATE TEXT SEARCH CONFIGURATION public.c (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.c ADD MAPPING FOR word WITH public.d;

# case: dropping a dictionary with CASCADE drops the configurations that use it
-- current
CREATE TABLE t (id int);
-- desired
CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = simple);
CREATE TEXT SEARCH CONFIGURATION c (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION c ALTER MAPPING FOR word WITH d;
CREATE TEXT SEARCH CONFIGURATION kept (COPY = simple);
DROP TEXT SEARCH DICTIONARY d CASCADE;
CREATE TABLE t (id int);
-- up
CREATE TEXT SEARCH CONFIGURATION public.kept (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.kept ADD MAPPING FOR asciihword, asciiword, email, file, "float", host, hword, hword_asciipart, hword_numpart, hword_part, "int", numhword, numword, sfloat, uint, url, url_path, version, word WITH pg_catalog.simple;
-- down
DROP TEXT SEARCH CONFIGURATION public.kept;
