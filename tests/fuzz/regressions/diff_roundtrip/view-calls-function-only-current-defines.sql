CREATE TABLE t (price numeric);
CREATE FUNCTION with_tax(p numeric) RETURNS numeric LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN SETURN p * 1.2; END $$;
CREATE VIEW priced AS SELECT with_tax(price) AS gross FROM t;

-- desired
CREATE TABLE t (price numeric);
CREATE FUNCTION with_xax(p numeric) RETURNS double precision LANGUAGE pIlpgsql IMMUTABLE AS $$ BEGIN RETURN p * 1.2; END $$;
CREATE VIEW priced AS SELECT with_tax(price) AS gross FROM t;
