#pragma once
// The catalog queries, one per object kind. $1 is a text[] of schemas to
// read, or NULL for all of them; objects that belong to extensions and the
// system schemas are left out. Written for the newest catalog: %MARKER%s are
// what older majors have otherwise (catalog_version.cpp).
namespace schemac::pg::catalog {

// With an empty search_path the server writes every name schema-qualified,
// and the frontend reads scripts that start with this the same way.
inline constexpr const char* kEmptySearchPath = "SELECT pg_catalog.set_config('search_path', '', false)";

inline constexpr const char* kSchemaFilter =
    "n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' AND ($1::text[] IS NULL OR n.nspname = ANY ($1::text[]))";

inline constexpr const char* kNamespaces = R"SQL(
SELECT n.nspname, pg_catalog.obj_description(n.oid, 'pg_namespace')
FROM pg_catalog.pg_namespace n
WHERE %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND e.objid = n.oid AND e.deptype = 'e')
ORDER BY 1)SQL";

// plpgsql is in every database from the start.
inline constexpr const char* kExtensions = R"SQL(
SELECT e.extname, n.nspname, CASE WHEN e.extversion IS DISTINCT FROM a.default_version THEN e.extversion END
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
LEFT JOIN pg_catalog.pg_available_extensions a ON a.name = e.extname
WHERE e.extname <> 'plpgsql' AND ($1::text[] IS NULL OR true)
ORDER BY e.oid)SQL";  // creation order: an extension comes after those it requires

inline constexpr const char* kEnums = R"SQL(
SELECT n.nspname, t.typname, e.enumlabel, pg_catalog.obj_description(t.oid, 'pg_type')
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
WHERE %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND x.objid = t.oid AND x.deptype = 'e')
ORDER BY n.nspname, t.typname, e.enumsortorder)SQL";

inline constexpr const char* kSequences = R"SQL(
SELECT n.nspname, c.relname, pg_catalog.format_type(s.seqtypid, NULL), s.seqincrement, s.seqmin, s.seqmax,
       s.seqstart, s.seqcache, s.seqcycle, own_n.nspname, own_c.relname, own_a.attname, sd.description, own_a.attidentity
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
     AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class own_c ON own_c.oid = d.refobjid
LEFT JOIN pg_catalog.pg_namespace own_n ON own_n.oid = own_c.relnamespace
LEFT JOIN pg_catalog.pg_attribute own_a ON own_a.attrelid = d.refobjid AND own_a.attnum = d.refobjsubid
LEFT JOIN pg_catalog.pg_description sd ON sd.objoid = c.oid AND sd.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
     AND sd.objsubid = 0
WHERE %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY 1, 2)SQL";

namespace sequences {
enum : int { schema, name, type, increment, min, max, start, cache, cycle, owner_schema, owner_table, owner_column, comment,
             identity };  // identity: 'a' or 'd' for an identity column's sequence, else empty
}

// Domains, range types and composite types as DDL, in the order they were
// made (one may use another), with their comments.
inline constexpr const char* kDomainsAndComposites = R"SQL(
SELECT t.oid,
       CASE WHEN t.typtype = 'd' THEN
         'CREATE DOMAIN ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(t.typname) || ' AS ' ||
         pg_catalog.format_type(t.typbasetype, t.typtypmod) ||
         CASE WHEN t.typcollation <> bt.typcollation
              THEN ' COLLATE ' || pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) ELSE '' END ||
         COALESCE(' DEFAULT ' || pg_catalog.pg_get_expr(t.typdefaultbin, 0), '') || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END ||
         COALESCE((SELECT pg_catalog.string_agg(' CONSTRAINT ' || pg_catalog.quote_ident(k.conname) || ' ' ||
                                                pg_catalog.pg_get_constraintdef(k.oid), '' ORDER BY k.conname)
                   FROM pg_catalog.pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c'), '') ||
         COALESCE((SELECT pg_catalog.string_agg(';' || pg_catalog.chr(10) || 'COMMENT ON CONSTRAINT ' ||
                                                pg_catalog.quote_ident(k.conname) || ' ON DOMAIN ' || pg_catalog.quote_ident(n.nspname) ||
                                                '.' || pg_catalog.quote_ident(t.typname) || ' IS ' ||
                                                pg_catalog.quote_literal(d.description), '' ORDER BY k.conname)
                   FROM pg_catalog.pg_constraint k
                   JOIN pg_catalog.pg_description d ON d.objoid = k.oid
                        AND d.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass
                   WHERE k.contypid = t.oid AND k.contype = 'c'), '')
       WHEN t.typtype = 'r' THEN
         'CREATE TYPE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(t.typname) ||
         ' AS RANGE (subtype = ' || pg_catalog.format_type(rg.rngsubtype, NULL) ||
         CASE WHEN rg.rngsubdiff <> 0 THEN ', subtype_diff = ' || rg.rngsubdiff::pg_catalog.regproc::pg_catalog.text ELSE '' END ||
         ', multirange_type_name = ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(mt.typname) || ')'
       ELSE
         'CREATE TYPE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(t.typname) || ' AS (' ||
         COALESCE((SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname) || ' ' ||
                                                pg_catalog.format_type(a.atttypid, a.atttypmod) ||
                                                CASE WHEN a.attcollation <> at.typcollation
                                                     THEN ' COLLATE ' || pg_catalog.quote_ident(acn.nspname) || '.' ||
                                                          pg_catalog.quote_ident(aco.collname) ELSE '' END, ', ' ORDER BY a.attnum)
                   FROM pg_catalog.pg_attribute a
                   JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
                   LEFT JOIN pg_catalog.pg_collation aco ON aco.oid = a.attcollation
                   LEFT JOIN pg_catalog.pg_namespace acn ON acn.oid = aco.collnamespace
                   WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), '') || ')'
       END,
       CASE WHEN t.typtype = 'd' THEN 'DOMAIN ' ELSE 'TYPE ' END || pg_catalog.quote_ident(n.nspname) || '.' ||
           pg_catalog.quote_ident(t.typname),
       pg_catalog.obj_description(t.oid, 'pg_type')
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_class r ON r.oid = t.typrelid
LEFT JOIN pg_catalog.pg_range rg ON rg.rngtypid = t.oid
LEFT JOIN pg_catalog.pg_type mt ON mt.oid = rg.rngmultitypid
WHERE (t.typtype IN ('d', 'r') OR (t.typtype = 'c' AND r.relkind = 'c')) AND %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND x.objid = t.oid AND x.deptype = 'e')
ORDER BY t.oid)SQL";

namespace types {
enum : int { oid, definition, target, comment };
}

// Collations, text search dictionaries and configurations, operators and
// aggregates as DDL (no pg_get_*def exists for them), with the COMMENT ON
// target; the first three before the tables (in that order), the rest after
// the functions.
inline constexpr const char* kCollationsAndOperators = R"SQL(
SELECT true, 'CREATE COLLATION ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.collname) ||
           ' (provider = ' || CASE c.collprovider WHEN 'i' THEN 'icu, locale = ' || pg_catalog.quote_literal(%COLLATION_LOCALE%)
                                  WHEN 'b' THEN 'builtin, locale = ' || pg_catalog.quote_literal(%COLLATION_LOCALE%)
                                  ELSE 'libc, lc_collate = ' || pg_catalog.quote_literal(c.collcollate) ||
                                       ', lc_ctype = ' || pg_catalog.quote_literal(c.collctype) END ||
           CASE WHEN c.collisdeterministic THEN '' ELSE ', deterministic = false' END || ')',
       'COLLATION ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.collname),
       pg_catalog.obj_description(c.oid, 'pg_collation'), 0
FROM pg_catalog.pg_collation c
JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
WHERE %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND x.objid = c.oid AND x.deptype = 'e')
UNION ALL
SELECT true, 'CREATE TEXT SEARCH DICTIONARY ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(d.dictname) ||
           ' (TEMPLATE = ' || pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(t.tmplname) ||
           COALESCE(', ' || d.dictinitoption, '') || ')',
       'TEXT SEARCH DICTIONARY ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(d.dictname),
       pg_catalog.obj_description(d.oid, 'pg_ts_dict'), 1
FROM pg_catalog.pg_ts_dict d
JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
JOIN pg_catalog.pg_ts_template t ON t.oid = d.dicttemplate
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace
WHERE %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass AND x.objid = d.oid AND x.deptype = 'e')
UNION ALL
SELECT true, 'CREATE TEXT SEARCH CONFIGURATION ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.cfgname) ||
           ' (PARSER = ' || pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.prsname) || ')' ||
           COALESCE((SELECT pg_catalog.string_agg(';' || pg_catalog.chr(10) || 'ALTER TEXT SEARCH CONFIGURATION ' ||
                                                      pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.cfgname) ||
                                                      ' ADD MAPPING FOR ' || pg_catalog.quote_ident(tt.alias) || ' WITH ' || m.dictionaries,
                                                  '' ORDER BY tt.alias)
                     FROM (SELECT mm.maptokentype,
                                  pg_catalog.string_agg(pg_catalog.quote_ident(dn.nspname) || '.' || pg_catalog.quote_ident(md.dictname),
                                                        ', ' ORDER BY mm.mapseqno) AS dictionaries
                           FROM pg_catalog.pg_ts_config_map mm
                           JOIN pg_catalog.pg_ts_dict md ON md.oid = mm.mapdict
                           JOIN pg_catalog.pg_namespace dn ON dn.oid = md.dictnamespace
                           WHERE mm.mapcfg = c.oid
                           GROUP BY mm.maptokentype) m
                     JOIN pg_catalog.ts_token_type(c.cfgparser) tt ON tt.tokid = m.maptokentype), ''),
       'TEXT SEARCH CONFIGURATION ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.cfgname),
       pg_catalog.obj_description(c.oid, 'pg_ts_config'), 2
FROM pg_catalog.pg_ts_config c
JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
WHERE %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass AND x.objid = c.oid AND x.deptype = 'e')
UNION ALL
SELECT false, 'CREATE OPERATOR ' || pg_catalog.quote_ident(n.nspname) || '.' || o.oprname || ' (FUNCTION = ' ||
           pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(f.proname) ||
           CASE WHEN o.oprleft <> 0 THEN ', LEFTARG = ' || pg_catalog.format_type(o.oprleft, NULL) ELSE '' END ||
           ', RIGHTARG = ' || pg_catalog.format_type(o.oprright, NULL) ||
           COALESCE(', COMMUTATOR = OPERATOR(' || pg_catalog.quote_ident(cn.nspname) || '.' || co.oprname || ')', '') ||
           COALESCE(', NEGATOR = OPERATOR(' || pg_catalog.quote_ident(nn.nspname) || '.' || ng.oprname || ')', '') ||
           CASE WHEN o.oprrest <> 0 THEN ', RESTRICT = ' || o.oprrest::pg_catalog.regproc::pg_catalog.text ELSE '' END ||
           CASE WHEN o.oprjoin <> 0 THEN ', JOIN = ' || o.oprjoin::pg_catalog.regproc::pg_catalog.text ELSE '' END ||
           CASE WHEN o.oprcanhash THEN ', HASHES' ELSE '' END || CASE WHEN o.oprcanmerge THEN ', MERGES' ELSE '' END || ')',
       'OPERATOR ' || pg_catalog.quote_ident(n.nspname) || '.' || o.oprname || ' (' ||
           CASE WHEN o.oprleft <> 0 THEN pg_catalog.format_type(o.oprleft, NULL) ELSE 'NONE' END || ', ' ||
           pg_catalog.format_type(o.oprright, NULL) || ')',
       pg_catalog.obj_description(o.oid, 'pg_operator'), 3
FROM pg_catalog.pg_operator o
JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
JOIN pg_catalog.pg_proc f ON f.oid = o.oprcode
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
LEFT JOIN pg_catalog.pg_operator co ON co.oid = o.oprcom
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.oprnamespace
LEFT JOIN pg_catalog.pg_operator ng ON ng.oid = o.oprnegate
LEFT JOIN pg_catalog.pg_namespace nn ON nn.oid = ng.oprnamespace
WHERE %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND x.objid = o.oid AND x.deptype = 'e')
UNION ALL
SELECT false, 'CREATE AGGREGATE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname) || '(' ||
           pg_catalog.pg_get_function_identity_arguments(p.oid) || ') (SFUNC = ' || a.aggtransfn::pg_catalog.regproc::pg_catalog.text ||
           ', STYPE = ' || pg_catalog.format_type(a.aggtranstype, NULL) ||
           CASE WHEN a.aggfinalfn <> 0 THEN ', FINALFUNC = ' || a.aggfinalfn::pg_catalog.regproc::pg_catalog.text ELSE '' END ||
           CASE WHEN a.aggcombinefn <> 0 THEN ', COMBINEFUNC = ' || a.aggcombinefn::pg_catalog.regproc::pg_catalog.text ELSE '' END ||
           COALESCE(', INITCOND = ' || pg_catalog.quote_literal(a.agginitval), '') ||
           CASE p.proparallel WHEN 's' THEN ', PARALLEL = SAFE' WHEN 'r' THEN ', PARALLEL = RESTRICTED' ELSE '' END || ')',
       'AGGREGATE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname) || '(' ||
           pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
       pg_catalog.obj_description(p.oid, 'pg_proc'), 3
FROM pg_catalog.pg_aggregate a
JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE a.aggkind = 'n' AND %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND x.objid = p.oid AND x.deptype = 'e')
ORDER BY 1 DESC, 5, 2)SQL";

namespace defined {
enum : int { before_tables, definition, target, comment, rank };
}

// Functions and procedures as the server prints them (pg_get_functiondef),
// with the argument list a COMMENT ON needs. Aggregates and window functions
// are not read.
inline constexpr const char* kFunctions = R"SQL(
SELECT p.prokind = 'p', pg_catalog.pg_get_functiondef(p.oid),
       CASE WHEN p.prokind = 'p' THEN 'PROCEDURE ' ELSE 'FUNCTION ' END ||
       pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname) || '(' ||
           pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
       d.description
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
LEFT JOIN pg_catalog.pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass
WHERE p.prokind IN ('f', 'p') AND %FILTER%
  -- not an extension's, nor one the server made for a type (range constructors)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND x.objid = p.oid AND x.deptype IN ('e', 'i'))
ORDER BY n.nspname, p.proname, 3)SQL";

namespace functions {
enum : int { procedure, definition, target, comment };
}

// Triggers as the server prints them (pg_get_triggerdef); the ones it makes
// for foreign keys are internal and left out.
inline constexpr const char* kTriggers = R"SQL(
SELECT relname, definition, target, description FROM (
  SELECT n.nspname, c.relname, t.tgname AS name, pg_catalog.pg_get_triggerdef(t.oid) AS definition,
         'TRIGGER ' || pg_catalog.quote_ident(t.tgname) || ' ON ' || pg_catalog.quote_ident(n.nspname) || '.' ||
             pg_catalog.quote_ident(c.relname) AS target,
         d.description
  FROM pg_catalog.pg_trigger t
  JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass
  WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND %FILTER%
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                    WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND x.objid = c.oid AND x.deptype = 'e')
  UNION ALL
  -- Event triggers belong to the database, not to a schema: read when every schema is.
  SELECT NULL, NULL, e.evtname,
         'CREATE EVENT TRIGGER ' || pg_catalog.quote_ident(e.evtname) || ' ON ' || pg_catalog.quote_ident(e.evtevent) ||
             COALESCE(' WHEN TAG IN (' || (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(tag), ', ')
                                           FROM pg_catalog.unnest(e.evttags) tag) || ')', '') ||
             ' EXECUTE FUNCTION ' || e.evtfoid::pg_catalog.regproc::pg_catalog.text || '()' ||
             CASE e.evtenabled WHEN 'D' THEN ';' || pg_catalog.chr(10) || 'ALTER EVENT TRIGGER ' || pg_catalog.quote_ident(e.evtname) || ' DISABLE'
                               WHEN 'R' THEN ';' || pg_catalog.chr(10) || 'ALTER EVENT TRIGGER ' || pg_catalog.quote_ident(e.evtname) || ' ENABLE REPLICA'
                               WHEN 'A' THEN ';' || pg_catalog.chr(10) || 'ALTER EVENT TRIGGER ' || pg_catalog.quote_ident(e.evtname) || ' ENABLE ALWAYS'
                               ELSE '' END,
         'EVENT TRIGGER ' || pg_catalog.quote_ident(e.evtname),
         pg_catalog.obj_description(e.oid, 'pg_event_trigger')
  FROM pg_catalog.pg_event_trigger e
  WHERE $1::text[] IS NULL
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                    WHERE x.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass AND x.objid = e.oid AND x.deptype = 'e')
) triggers
ORDER BY nspname NULLS LAST, relname, name)SQL";

namespace triggers {
enum : int { table, definition, target, comment };
}

// Privileges (--privileges), as pg_dump writes them: for each object whose
// ACL is not the default, REVOKE ALL FROM PUBLIC and then a GRANT per
// privilege held by someone other than its owner; column privileges as
// GRANTs. The table name lets excluded tables be left out.
inline constexpr const char* kPrivileges = R"SQL(
WITH objects AS (
  SELECT c.relname AS table_name, n.nspname,
         CASE c.relkind WHEN 'S' THEN 'SEQUENCE ' ELSE 'TABLE ' END ||
             pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS target,
         c.relacl AS acl, c.relowner AS owner, NULL::text AS column_name
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relacl IS NOT NULL AND %FILTER%
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                    WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND x.objid = c.oid AND x.deptype = 'e')
  UNION ALL
  SELECT c.relname, n.nspname, 'TABLE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname),
         a.attacl, c.relowner, a.attname
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm') AND %FILTER%
  UNION ALL
  SELECT NULL, n.nspname, 'SCHEMA ' || pg_catalog.quote_ident(n.nspname), n.nspacl, n.nspowner, NULL
  FROM pg_catalog.pg_namespace n
  WHERE n.nspacl IS NOT NULL AND %FILTER%
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                    WHERE x.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND x.objid = n.oid AND x.deptype = 'e')
  UNION ALL
  SELECT NULL, n.nspname,
         CASE p.prokind WHEN 'p' THEN 'PROCEDURE ' ELSE 'FUNCTION ' END || pg_catalog.quote_ident(n.nspname) || '.' ||
             pg_catalog.quote_ident(p.proname) || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
         p.proacl, p.proowner, NULL
  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE p.proacl IS NOT NULL AND p.prokind IN ('f', 'p', 'w') AND %FILTER%
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                    WHERE x.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND x.objid = p.oid AND x.deptype = 'e')
  UNION ALL
  SELECT NULL, n.nspname, 'TYPE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(t.typname),
         t.typacl, t.typowner, NULL
  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  WHERE t.typacl IS NOT NULL AND %FILTER%
    AND (t.typtype IN ('e', 'd', 'r', 'm')
         OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class r WHERE r.oid = t.typrelid AND r.relkind = 'c')))
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                    WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND x.objid = t.oid AND x.deptype = 'e')
)
SELECT o.table_name,
       CASE WHEN o.column_name IS NULL THEN 'REVOKE ALL ON ' || o.target || ' FROM PUBLIC;' || pg_catalog.chr(10) ELSE '' END ||
       COALESCE((SELECT pg_catalog.string_agg('GRANT ' || e.privilege_type ||
                                              COALESCE(' (' || pg_catalog.quote_ident(o.column_name) || ')', '') ||
                                              ' ON ' || o.target || ' TO ' ||
                                              CASE WHEN e.grantee = 0 THEN 'PUBLIC'
                                                   ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(e.grantee)) END ||
                                              CASE WHEN e.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END || ';' || pg_catalog.chr(10),
                                              '' ORDER BY e.grantee, e.privilege_type)
                 FROM pg_catalog.aclexplode(o.acl) e
                 WHERE e.grantee <> o.owner), '')
FROM objects o
ORDER BY o.nspname, o.target, o.column_name NULLS FIRST)SQL";

namespace privileges {
enum : int { table, statements };
}

// Owners (--owners) other than the role connected, as the statements that
// set them. Not schema public (the database owner's), nor sequences that
// belong to a column (they follow their table).
inline constexpr const char* kOwners = R"SQL(
SELECT c.relname,
       CASE c.relkind WHEN 'S' THEN 'ALTER SEQUENCE ' WHEN 'v' THEN 'ALTER VIEW ' WHEN 'm' THEN 'ALTER MATERIALIZED VIEW '
                      ELSE 'ALTER TABLE ' END ||
           pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) || ' OWNER TO ' ||
           pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(c.relowner)) || ';' || pg_catalog.chr(10)
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  AND %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND x.objid = c.oid AND x.deptype IN ('e', 'a', 'i'))
UNION ALL
SELECT NULL, 'ALTER SCHEMA ' || pg_catalog.quote_ident(n.nspname) || ' OWNER TO ' ||
           pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(n.nspowner)) || ';' || pg_catalog.chr(10)
FROM pg_catalog.pg_namespace n
WHERE n.nspname <> 'public' AND n.nspowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  AND %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND x.objid = n.oid AND x.deptype = 'e')
UNION ALL
SELECT NULL, CASE p.prokind WHEN 'p' THEN 'ALTER PROCEDURE ' ELSE 'ALTER FUNCTION ' END ||
           pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname) || '(' ||
           pg_catalog.pg_get_function_identity_arguments(p.oid) || ') OWNER TO ' ||
           pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(p.proowner)) || ';' || pg_catalog.chr(10)
FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('f', 'p', 'w') AND p.proowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  AND %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND x.objid = p.oid AND x.deptype = 'e')
UNION ALL
SELECT NULL, CASE t.typtype WHEN 'd' THEN 'ALTER DOMAIN ' ELSE 'ALTER TYPE ' END ||
           pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(t.typname) || ' OWNER TO ' ||
           pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(t.typowner)) || ';' || pg_catalog.chr(10)
FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE t.typowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER) AND %FILTER%
  AND (t.typtype IN ('e', 'd', 'r')
       OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class r WHERE r.oid = t.typrelid AND r.relkind = 'c')))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND x.objid = t.oid AND x.deptype = 'e')
ORDER BY 2)SQL";

// Row-level security policies as DDL, the server printing the expressions.
inline constexpr const char* kPolicies = R"SQL(
SELECT c.relname,
       'CREATE POLICY ' || pg_catalog.quote_ident(p.polname) || ' ON ' || pg_catalog.quote_ident(n.nspname) || '.' ||
           pg_catalog.quote_ident(c.relname) || CASE WHEN p.polpermissive THEN '' ELSE ' AS RESTRICTIVE' END || ' FOR ' ||
           CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END ||
           ' TO ' || (SELECT pg_catalog.string_agg(CASE WHEN r = 0 THEN 'PUBLIC'
                                                        ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(r)) END, ', ')
                      FROM pg_catalog.unnest(p.polroles) r) ||
           COALESCE(' USING (' || pg_catalog.pg_get_expr(p.polqual, p.polrelid) || ')', '') ||
           COALESCE(' WITH CHECK (' || pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) || ')', ''),
       'POLICY ' || pg_catalog.quote_ident(p.polname) || ' ON ' || pg_catalog.quote_ident(n.nspname) || '.' ||
           pg_catalog.quote_ident(c.relname),
       d.description
FROM pg_catalog.pg_policy p
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_policy'::pg_catalog.regclass
WHERE %FILTER%
ORDER BY n.nspname, c.relname, p.polname)SQL";

// Views and materialized views as DDL for the frontend: the server prints
// the query (pg_get_viewdef), and a materialized view's indexes and their
// comments come as a script of their own.
inline constexpr const char* kViews = R"SQL(
SELECT n.nspname, c.relname, c.relkind = 'm', pg_catalog.pg_get_viewdef(c.oid),
       (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(pg_catalog.split_part(o, '=', 1)) || '=' ||
                 pg_catalog.quote_literal(pg_catalog.substr(o, pg_catalog.strpos(o, '=') + 1)), ', ')
        FROM pg_catalog.unnest(c.reloptions) o),
       pg_catalog.obj_description(c.oid, 'pg_class'),
       (SELECT pg_catalog.string_agg(pg_catalog.pg_get_indexdef(x.indexrelid) || ';' ||
                 COALESCE(' COMMENT ON INDEX ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(i.relname) ||
                          ' IS ' || pg_catalog.quote_literal(d.description) || ';', '') ||
                 COALESCE(' ALTER INDEX ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(i.relname) ||
                          ' SET TABLESPACE ' || pg_catalog.quote_ident(ts.spcname) || ';', ''), E'\n' ORDER BY i.relname)
        FROM pg_catalog.pg_index x
        JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
        LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = i.reltablespace AND i.reltablespace <> 0
        LEFT JOIN pg_catalog.pg_description d ON d.objoid = i.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
             AND d.objsubid = 0
        WHERE x.indrelid = c.oid)
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY 1, 2)SQL";

namespace views {
enum : int { schema, name, materialized, query, options, comment, index_script };
}

// Tables are read as rows and built by the inspector (table_reader.cpp):
// asking the server to print whole definitions (pg_get_indexdef,
// pg_get_constraintdef) costs it a catalog lookup per object, several times
// the rest of the work on large schemas. Server text is fetched only where it
// holds an expression, or for what is unusual enough to hand to the frontend
// whole (`definition` columns). Rows come unordered: the inspector groups them
// by table oid, which saves the server a sort of every column.
//
// Defaults are printed without their table (pg_get_expr(..., 0)): a default
// never reads a column, and naming the table makes the server open each one.
inline constexpr const char* kColumns = R"SQL(
SELECT c.oid, n.nspname, c.relname, a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,
       pg_catalog.pg_get_expr(ad.adbin, CASE WHEN a.attgenerated = '' THEN 0 ELSE ad.adrelid END),
       CASE WHEN a.attcollation <> t.typcollation
            THEN pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) END,
       a.attidentity, a.attgenerated, cd.description, td.description, c.relpersistence = 'u',
       CASE WHEN tc.reloptions IS NULL THEN c.reloptions
            ELSE pg_catalog.array_cat(c.reloptions,
                                      (SELECT pg_catalog.array_agg('toast.' || o) FROM pg_catalog.unnest(tc.reloptions) o)) END,
       c.relrowsecurity, c.relforcerowsecurity, NULLIF(a.attstattarget, -1),
       a.attislocal, CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END,
       CASE WHEN a.attoptions IS NOT NULL
            THEN (SELECT pg_catalog.array_agg(o) FROM pg_catalog.unnest(a.attoptions) o WHERE o LIKE 'n\_distinct%') END,
       nn.conname
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_description cd ON cd.objoid = c.oid AND cd.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
     AND cd.objsubid = a.attnum
LEFT JOIN pg_catalog.pg_description td ON td.objoid = c.oid AND td.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
     AND td.objsubid = 0
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid  -- toast.* storage parameters live there
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
-- PostgreSQL 18's NOT NULL constraints (older majors have no rows of kind 'n')
LEFT JOIN pg_catalog.pg_constraint nn ON nn.conrelid = c.oid AND nn.contype = 'n' AND nn.conkey[1] = a.attnum
WHERE c.relkind IN ('r', 'p') AND %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND x.objid = c.oid AND x.deptype = 'e'))SQL";

namespace columns {
enum : int { table_oid, schema, table, attnum, name, type, not_null, default_value, collation, identity, generated, comment, table_comment,
             unlogged, table_options, row_security, force_row_security, statistics, local, partition_key, partition_bound,
             options, not_null_name };
}

// The whole definition is fetched for exclusion constraints, NOT VALID ones
// and ON DELETE SET NULL (columns). A key's index storage (WITH, USING INDEX
// TABLESPACE) is read apart: pg_get_constraintdef leaves it out.
inline constexpr const char* kConstraints = R"SQL(
SELECT k.conrelid, k.conname, k.contype, k.conkey, k.condeferrable, k.condeferred, k.connoinherit,
       x.indnkeyatts, x.indkey, %INDEX_NULLS_NOT_DISTINCT%,
       k.confrelid, rn.nspname, rc.relname, k.confkey, k.confupdtype, k.confdeltype, k.confmatchtype,
       CASE WHEN k.contype = 'c' THEN pg_catalog.pg_get_expr(k.conbin, k.conrelid) END,
       CASE WHEN k.contype = 'x' OR NOT k.convalidated OR %DELETE_SET_COLUMNS% IS NOT NULL
            THEN pg_catalog.pg_get_constraintdef(k.oid) END,
       pg_catalog.obj_description(k.oid, 'pg_constraint'),
       i.reloptions, ts.spcname, %CONSTRAINT_ENFORCED%, %CONSTRAINT_PERIOD%
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_index x ON x.indexrelid = k.conindid AND k.contype IN ('p', 'u')
LEFT JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = i.reltablespace AND i.reltablespace <> 0
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE c.relkind IN ('r', 'p') AND k.contype IN ('p', 'u', 'c', 'f', 'x') AND %FILTER%
  AND k.conislocal AND k.conparentid = 0  -- not those a parent passes down
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND x.objid = c.oid AND x.deptype = 'e'))SQL";

// Parents of tables (INHERITS and PARTITION OF), in the order they were given.
inline constexpr const char* kParents = R"SQL(
SELECT h.inhrelid, pn.nspname, p.relname
FROM pg_catalog.pg_inherits h
JOIN pg_catalog.pg_class c ON c.oid = h.inhrelid
JOIN pg_catalog.pg_class p ON p.oid = h.inhparent
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND %FILTER%
ORDER BY h.inhrelid, h.inhseqno)SQL";

namespace parents {
enum : int { table_oid, schema, name };
}

namespace constraints {
enum : int { table_oid, name, type, keys, deferrable, deferred, no_inherit, index_key_count, index_keys,
             nulls_not_distinct, ref_oid, ref_schema, ref_table, ref_keys, on_update, on_delete, match, check, definition,
             comment, index_options, index_tablespace, enforced, period };
}

// Plain indexes (column keys with their default collation and operator
// class, no predicate, no storage options) are built from these rows; for
// any other the server's definition is fetched (collation 100 is "default").
inline constexpr const char* kIndexes = R"SQL(
SELECT x.indrelid, i.relname, x.indisunique, %INDEX_NULLS_NOT_DISTINCT%, am.amname, x.indnkeyatts, x.indkey, x.indoption,
       CASE WHEN x.indexprs IS NOT NULL OR x.indpred IS NOT NULL OR i.reloptions IS NOT NULL OR i.reltablespace <> 0
                 OR NOT (x.indcollation::pg_catalog.oid[] OPERATOR(pg_catalog.<@) '{0,100}'::pg_catalog.oid[])
                 OR NOT (x.indclass::pg_catalog.oid[] OPERATOR(pg_catalog.<@)
                         (SELECT pg_catalog.array_agg(o.oid) FROM pg_catalog.pg_opclass o WHERE o.opcdefault))
            THEN pg_catalog.pg_get_indexdef(x.indexrelid) END,
       d.description,
       CASE WHEN x.indexprs IS NOT NULL
            THEN (SELECT pg_catalog.string_agg('ALTER INDEX ' || pg_catalog.quote_ident(n.nspname) || '.' ||
                                               pg_catalog.quote_ident(i.relname) || ' ALTER COLUMN ' || s.attnum ||
                                               ' SET STATISTICS ' || s.attstattarget || ';', E'\n')
                  FROM pg_catalog.pg_attribute s WHERE s.attrelid = x.indexrelid AND s.attstattarget >= 0) END,
       x.indisvalid,
       CASE WHEN i.reltablespace <> 0
            THEN 'ALTER INDEX ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(i.relname) ||
                 ' SET TABLESPACE ' || pg_catalog.quote_ident(ts.spcname) || ';' END
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = i.reltablespace
JOIN pg_catalog.pg_am am ON am.oid = i.relam
LEFT JOIN pg_catalog.pg_description d ON d.objoid = i.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
     AND d.objsubid = 0
JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND %FILTER%
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = x.indexrelid)  -- made for a parent's index
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND e.objid = c.oid AND e.deptype = 'e'))SQL";

namespace indexes {
enum : int { table_oid, name, unique, nulls_not_distinct, method, key_count, keys, options, definition, comment, statistics, valid,
             tablespace };
}

}  // namespace schemac::pg::catalog
