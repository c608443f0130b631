-- A database's schema as lines of text, one per catalog fact, for tests
-- to compare two databases where pg_dump cannot (Debian's pg_dump 15 refuses
-- newer servers). Written for the tests, independently of schemac's
-- inspector: the server prints every definition (pg_get_*def, format_type,
-- pg_get_expr), so what the two databases hold is compared, not what schemac
-- makes of it. Columns a major lacks are read through to_jsonb(row), which
-- yields NULL for them, so one script serves PostgreSQL 14 to 18.
-- Lines come sorted; column order is not compared (ADD COLUMN appends).
--   psql -X -At -v ON_ERROR_STOP=1 -v owners=1 -v privileges=1 -v exclude=PATTERN -f catalog_dump.sql DB
-- exclude: a LIKE pattern of table names to leave out ('' for none).
\set QUIET 1
SELECT pg_catalog.set_config('search_path', '', false) \g /dev/null
\if :{?owners}
\else
  \set owners 1
\endif
\if :{?privileges}
\else
  \set privileges 1
\endif
\if :{?exclude}
\else
  \set exclude ''
\endif
SELECT pg_catalog.set_config('dump.owners', :'owners', false),
       pg_catalog.set_config('dump.privileges', :'privileges', false),
       pg_catalog.set_config('dump.exclude', :'exclude', false) \g /dev/null

-- An ACL as its items sorted, '' when it grants what the object's kind
-- grants by default (pg_dump prints nothing then either): a REVOKE of the
-- last grant leaves the owner's default privileges written out.
CREATE FUNCTION pg_temp.acl_text(acl pg_catalog.aclitem[], kind "char", owner pg_catalog.oid) RETURNS pg_catalog.text
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN acl IS NULL
                   OR (SELECT pg_catalog.array_agg(x::pg_catalog.text ORDER BY x::pg_catalog.text) FROM pg_catalog.unnest(acl) x)
                      IS NOT DISTINCT FROM
                      (SELECT pg_catalog.array_agg(x::pg_catalog.text ORDER BY x::pg_catalog.text)
                       FROM pg_catalog.unnest(pg_catalog.acldefault(kind, owner)) x)
              THEN ''
              ELSE (SELECT pg_catalog.string_agg(x::pg_catalog.text, ',' ORDER BY x::pg_catalog.text) FROM pg_catalog.unnest(acl) x) END
$$ \g /dev/null

WITH
own_ns AS (
  SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n
  WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                    AND e.objid = n.oid AND e.deptype = 'e')),
member AS (  -- objects an extension made
  SELECT classid, objid FROM pg_catalog.pg_depend WHERE deptype = 'e'),
rel AS (
  SELECT c.*, n.nspname, pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS qname
  FROM pg_catalog.pg_class c JOIN own_ns n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')
    AND NOT (c.relkind IN ('r', 'p') AND pg_catalog.current_setting('dump.exclude') <> ''
             AND c.relname LIKE pg_catalog.current_setting('dump.exclude'))
    AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND m.objid = c.oid)),
lines(line) AS (
  SELECT 'schema ' || pg_catalog.quote_ident(n.nspname) || ' comment=' || COALESCE(pg_catalog.obj_description(n.oid, 'pg_namespace'), '')
         || CASE WHEN pg_catalog.current_setting('dump.owners') = '1' AND n.nspname <> 'public'
                 THEN ' owner=' || pg_catalog.pg_get_userbyid(n2.nspowner) ELSE '' END
         || CASE WHEN pg_catalog.current_setting('dump.privileges') = '1' AND n.nspname <> 'public'
                 THEN ' acl=' || pg_temp.acl_text(n2.nspacl, 'n', n2.nspowner) ELSE '' END
  FROM own_ns n JOIN pg_catalog.pg_namespace n2 ON n2.oid = n.oid
  UNION ALL
  SELECT 'extension ' || e.extname || ' schema=' || n.nspname || ' version=' || e.extversion
  FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
  UNION ALL
  -- Relations: kind, persistence, options, partitioning, tablespace, row security.
  SELECT 'relation ' || r.qname || ' kind=' || r.relkind::pg_catalog.text || ' persistence=' || r.relpersistence::pg_catalog.text
         || ' options=' || COALESCE((SELECT pg_catalog.string_agg(o, ',' ORDER BY o) FROM pg_catalog.unnest(r.reloptions) o), '')
         || ' toast=' || COALESCE((SELECT pg_catalog.string_agg(o, ',' ORDER BY o)
                                   FROM pg_catalog.pg_class t, pg_catalog.unnest(t.reloptions) o WHERE t.oid = r.reltoastrelid), '')
         || ' tablespace=' || COALESCE((SELECT s.spcname FROM pg_catalog.pg_tablespace s WHERE s.oid = r.reltablespace), '')
         || ' rls=' || r.relrowsecurity || ',' || r.relforcerowsecurity
         || ' partkey=' || COALESCE(CASE WHEN r.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(r.oid) END, '')
         || ' bound=' || COALESCE(pg_catalog.pg_get_expr(r.relpartbound, r.oid), '')
         || ' replica=' || r.relreplident::pg_catalog.text
         || ' comment=' || COALESCE(pg_catalog.obj_description(r.oid, 'pg_class'), '')
         || CASE WHEN pg_catalog.current_setting('dump.owners') = '1' THEN ' owner=' || pg_catalog.pg_get_userbyid(r.relowner) ELSE '' END
         || CASE WHEN pg_catalog.current_setting('dump.privileges') = '1'
                 THEN ' acl=' || pg_temp.acl_text(r.relacl, CASE WHEN r.relkind = 'S' THEN 's' ELSE 'r' END::"char", r.relowner) ELSE '' END
  FROM rel r
  UNION ALL
  SELECT 'inherits ' || r.qname || ' ' || p.relname || ' #' || h.inhseqno
  FROM pg_catalog.pg_inherits h JOIN rel r ON r.oid = h.inhrelid JOIN pg_catalog.pg_class p ON p.oid = h.inhparent
  UNION ALL
  -- Columns, with what the server stores about each.
  SELECT 'column ' || r.qname || '.' || pg_catalog.quote_ident(a.attname) || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod)
         || CASE WHEN a.attnotnull THEN ' not-null' ELSE '' END
         || ' default=' || COALESCE(pg_catalog.pg_get_expr(d.adbin, d.adrelid), '')
         || ' identity=' || a.attidentity::pg_catalog.text || ' generated=' || a.attgenerated::pg_catalog.text
         || ' collation=' || COALESCE(CASE WHEN a.attcollation <> t.typcollation THEN co.collname END, '')
         || ' storage=' || CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::pg_catalog.text ELSE '' END
         || ' compression=' || COALESCE(NULLIF(a.attcompression::pg_catalog.text, ''), '')
         || ' statistics=' || COALESCE(NULLIF(a.attstattarget::pg_catalog.int4, -1)::pg_catalog.text, '')
         -- pg_attver=N (Debian 15.20) is the server's own bookkeeping.
         || ' options=' || COALESCE((SELECT pg_catalog.string_agg(o, ',' ORDER BY o) FROM pg_catalog.unnest(a.attoptions) o
                                     WHERE o NOT LIKE 'pg\_%'), '')
         || ' local=' || a.attislocal || ' inherited=' || a.attinhcount
         || ' comment=' || COALESCE(pg_catalog.col_description(r.oid, a.attnum), '')
         || CASE WHEN pg_catalog.current_setting('dump.privileges') = '1'
                 THEN ' acl=' || pg_temp.acl_text(a.attacl, 'c', r.relowner) ELSE '' END
  FROM rel r
  JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
  WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')
  UNION ALL
  -- Constraints of tables and domains (PostgreSQL 18 keeps NOT NULL ones here, named).
  SELECT 'constraint ' || COALESCE(r.qname, 'domain ' || tn.nspname || '.' || ty.typname) || ' ' || pg_catalog.quote_ident(k.conname)
         || ' ' || pg_catalog.pg_get_constraintdef(k.oid)
         -- A partition's NOT NULL is its own when made before ATTACH, not when
         -- made by PARTITION OF; no SQL tells them apart afterwards, nor does pg_dump.
         || ' local=' || CASE WHEN k.contype = 'n' AND r.relispartition THEN '-' ELSE k.conislocal::pg_catalog.text END
         || ' inherited=' || k.coninhcount || ' no-inherit=' || k.connoinherit
         || ' comment=' || COALESCE(pg_catalog.obj_description(k.oid, 'pg_constraint'), '')
         || ' index-options=' || COALESCE((SELECT pg_catalog.string_agg(o, ',' ORDER BY o)
                                           FROM pg_catalog.pg_class i, pg_catalog.unnest(i.reloptions) o WHERE i.oid = k.conindid), '')
         || ' index-tablespace=' || COALESCE((SELECT s.spcname FROM pg_catalog.pg_class i JOIN pg_catalog.pg_tablespace s
                                              ON s.oid = i.reltablespace WHERE i.oid = k.conindid), '')
  FROM pg_catalog.pg_constraint k
  LEFT JOIN rel r ON r.oid = k.conrelid
  LEFT JOIN pg_catalog.pg_type ty ON ty.oid = k.contypid
  LEFT JOIN own_ns tn ON tn.oid = ty.typnamespace
  WHERE (r.oid IS NOT NULL OR tn.oid IS NOT NULL)
  UNION ALL
  -- Indexes that no constraint made.
  SELECT 'index ' || pg_catalog.pg_get_indexdef(x.indexrelid)
         || ' tablespace=' || COALESCE((SELECT s.spcname FROM pg_catalog.pg_tablespace s WHERE s.oid = i.reltablespace), '')
         || ' clustered=' || x.indisclustered || ' valid=' || x.indisvalid
         || ' comment=' || COALESCE(pg_catalog.obj_description(i.oid, 'pg_class'), '')
         || ' statistics=' || COALESCE((SELECT pg_catalog.string_agg(s.attnum || ':' || s.attstattarget, ',' ORDER BY s.attnum)
                                        FROM pg_catalog.pg_attribute s
                                        WHERE s.attrelid = i.oid AND s.attstattarget::pg_catalog.int4 >= 0), '')
  FROM pg_catalog.pg_index x JOIN rel r ON r.oid = x.indrelid JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
  WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))
  UNION ALL
  SELECT 'sequence ' || r.qname || ' ' || pg_catalog.format_type(s.seqtypid, NULL) || ' start=' || s.seqstart
         || ' increment=' || s.seqincrement || ' min=' || s.seqmin || ' max=' || s.seqmax || ' cache=' || s.seqcache
         || ' cycle=' || s.seqcycle
         || ' owned-by=' || COALESCE((SELECT oc.relname || '.' || oa.attname || ':' || d.deptype::pg_catalog.text
                                      FROM pg_catalog.pg_depend d
                                      JOIN pg_catalog.pg_class oc ON oc.oid = d.refobjid
                                      JOIN pg_catalog.pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
                                      WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = r.oid
                                        AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a', 'i')), '')
  FROM rel r JOIN pg_catalog.pg_sequence s ON s.seqrelid = r.oid
  UNION ALL
  SELECT 'view ' || r.qname || ' ' || pg_catalog.pg_get_viewdef(r.oid)
  FROM rel r WHERE r.relkind IN ('v', 'm')
  UNION ALL
  SELECT 'rule ' || pg_catalog.pg_get_ruledef(w.oid) || ' comment=' || COALESCE(pg_catalog.obj_description(w.oid, 'pg_rewrite'), '')
  FROM pg_catalog.pg_rewrite w JOIN rel r ON r.oid = w.ev_class WHERE w.rulename <> '_RETURN'
  UNION ALL
  SELECT 'trigger ' || pg_catalog.pg_get_triggerdef(g.oid) || ' enabled=' || g.tgenabled::pg_catalog.text
         || ' comment=' || COALESCE(pg_catalog.obj_description(g.oid, 'pg_trigger'), '')
  FROM pg_catalog.pg_trigger g JOIN rel r ON r.oid = g.tgrelid WHERE NOT g.tgisinternal
  UNION ALL
  SELECT 'policy ' || r.qname || ' ' || pg_catalog.quote_ident(p.polname) || ' ' || p.polcmd::pg_catalog.text || ' permissive=' || p.polpermissive
         || ' roles=' || (SELECT pg_catalog.string_agg(CASE WHEN o = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(o) END, ',' ORDER BY 1)
                          FROM pg_catalog.unnest(p.polroles) o)
         || ' using=' || COALESCE(pg_catalog.pg_get_expr(p.polqual, p.polrelid), '')
         || ' check=' || COALESCE(pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid), '')
         || ' comment=' || COALESCE(pg_catalog.obj_description(p.oid, 'pg_policy'), '')
  FROM pg_catalog.pg_policy p JOIN rel r ON r.oid = p.polrelid
  UNION ALL
  SELECT 'statistics ' || pg_catalog.pg_get_statisticsobjdef(s.oid)
  FROM pg_catalog.pg_statistic_ext s JOIN own_ns n ON n.oid = s.stxnamespace
  UNION ALL
  -- Functions and procedures as the server prints them.
  SELECT 'function ' || pg_catalog.pg_get_functiondef(p.oid)
         || ' comment=' || COALESCE(pg_catalog.obj_description(p.oid, 'pg_proc'), '')
         || CASE WHEN pg_catalog.current_setting('dump.owners') = '1' THEN ' owner=' || pg_catalog.pg_get_userbyid(p.proowner) ELSE '' END
         || CASE WHEN pg_catalog.current_setting('dump.privileges') = '1'
                 THEN ' acl=' || pg_temp.acl_text(p.proacl, 'f', p.proowner) ELSE '' END
  FROM pg_catalog.pg_proc p JOIN own_ns n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('f', 'p', 'w')
    AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND m.objid = p.oid)
  UNION ALL
  SELECT 'aggregate ' || n.nspname || '.' || p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')'
         || ' sfunc=' || a.aggtransfn::pg_catalog.regproc || ' stype=' || pg_catalog.format_type(a.aggtranstype, NULL)
         || ' final=' || a.aggfinalfn::pg_catalog.regproc || ' combine=' || a.aggcombinefn::pg_catalog.regproc
         || ' init=' || COALESCE(a.agginitval, '') || ' parallel=' || p.proparallel::pg_catalog.text
         || ' comment=' || COALESCE(pg_catalog.obj_description(p.oid, 'pg_proc'), '')
  FROM pg_catalog.pg_aggregate a JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid JOIN own_ns n ON n.oid = p.pronamespace
  WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND m.objid = p.oid)
  UNION ALL
  -- Types: enums (labels in order), domains, ranges; composite types' columns are above.
  SELECT 'type ' || n.nspname || '.' || t.typname || ' ' || t.typtype::pg_catalog.text
         || ' base=' || COALESCE(pg_catalog.format_type(NULLIF(t.typbasetype, 0), t.typtypmod), '')
         || ' not-null=' || t.typnotnull || ' default=' || COALESCE(pg_catalog.pg_get_expr(t.typdefaultbin, 0), '')
         || ' collation=' || COALESCE((SELECT c.collname FROM pg_catalog.pg_collation c
                                       WHERE c.oid = t.typcollation AND t.typcollation <> COALESCE(b.typcollation, 0)), '')
         || ' labels=' || COALESCE((SELECT pg_catalog.string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                                    FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid), '')
         || ' range=' || COALESCE((SELECT pg_catalog.format_type(g.rngsubtype, NULL) || ',' || g.rngsubdiff::pg_catalog.regproc || ','
                                          || pg_catalog.format_type(g.rngmultitypid, NULL)
                                   FROM pg_catalog.pg_range g WHERE g.rngtypid = t.oid), '')
         || ' comment=' || COALESCE(pg_catalog.obj_description(t.oid, 'pg_type'), '')
         || CASE WHEN pg_catalog.current_setting('dump.owners') = '1' THEN ' owner=' || pg_catalog.pg_get_userbyid(t.typowner) ELSE '' END
         || CASE WHEN pg_catalog.current_setting('dump.privileges') = '1'
                 THEN ' acl=' || pg_temp.acl_text(t.typacl, 'T', t.typowner) ELSE '' END
  FROM pg_catalog.pg_type t JOIN own_ns n ON n.oid = t.typnamespace
  LEFT JOIN pg_catalog.pg_type b ON b.oid = t.typbasetype
  WHERE (t.typtype IN ('e', 'd', 'r')
         OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c')))
    AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND m.objid = t.oid)
  UNION ALL
  SELECT 'collation ' || n.nspname || '.' || c.collname || ' provider=' || c.collprovider::pg_catalog.text
         || ' collate=' || COALESCE(c.collcollate, '') || ' ctype=' || COALESCE(c.collctype, '')
         || ' locale=' || COALESCE(pg_catalog.to_jsonb(c) ->> 'colllocale', pg_catalog.to_jsonb(c) ->> 'colliculocale', '')
         || ' deterministic=' || c.collisdeterministic
         || ' comment=' || COALESCE(pg_catalog.obj_description(c.oid, 'pg_collation'), '')
  FROM pg_catalog.pg_collation c JOIN own_ns n ON n.oid = c.collnamespace
  WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND m.objid = c.oid)
  UNION ALL
  SELECT 'operator ' || n.nspname || '.' || o.oprname || '(' || pg_catalog.format_type(o.oprleft, NULL) || ','
         || pg_catalog.format_type(o.oprright, NULL) || ') code=' || o.oprcode::pg_catalog.regproc
         || ' commutator=' || COALESCE((SELECT x.oprname FROM pg_catalog.pg_operator x WHERE x.oid = o.oprcom), '')
         || ' negator=' || COALESCE((SELECT x.oprname FROM pg_catalog.pg_operator x WHERE x.oid = o.oprnegate), '')
         || ' restrict=' || o.oprrest::pg_catalog.regproc || ' join=' || o.oprjoin::pg_catalog.regproc
         || ' hashes=' || o.oprcanhash || ' merges=' || o.oprcanmerge
         || ' comment=' || COALESCE(pg_catalog.obj_description(o.oid, 'pg_operator'), '')
  FROM pg_catalog.pg_operator o JOIN own_ns n ON n.oid = o.oprnamespace
  WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND m.objid = o.oid)
  UNION ALL
  SELECT 'text-search-dictionary ' || n.nspname || '.' || d.dictname || ' template=' || t.tmplname
         || ' options=' || COALESCE(d.dictinitoption, '') || ' comment=' || COALESCE(pg_catalog.obj_description(d.oid, 'pg_ts_dict'), '')
  FROM pg_catalog.pg_ts_dict d JOIN own_ns n ON n.oid = d.dictnamespace JOIN pg_catalog.pg_ts_template t ON t.oid = d.dicttemplate
  UNION ALL
  SELECT 'text-search-configuration ' || n.nspname || '.' || c.cfgname || ' parser=' || p.prsname
         || ' maps=' || COALESCE((SELECT pg_catalog.string_agg(m.maptokentype || ':' || m.mapseqno || ':' || md.dictname, ','
                                                               ORDER BY m.maptokentype, m.mapseqno)
                                  FROM pg_catalog.pg_ts_config_map m JOIN pg_catalog.pg_ts_dict md ON md.oid = m.mapdict
                                  WHERE m.mapcfg = c.oid), '')
         || ' comment=' || COALESCE(pg_catalog.obj_description(c.oid, 'pg_ts_config'), '')
  FROM pg_catalog.pg_ts_config c JOIN own_ns n ON n.oid = c.cfgnamespace JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser
  UNION ALL
  SELECT 'event-trigger ' || e.evtname || ' ' || e.evtevent || ' ' || e.evtfoid::pg_catalog.regproc || ' enabled=' || e.evtenabled::pg_catalog.text
         || ' tags=' || COALESCE(e.evttags::pg_catalog.text, '')
         || ' comment=' || COALESCE(pg_catalog.obj_description(e.oid, 'pg_event_trigger'), '')
  FROM pg_catalog.pg_event_trigger e
  WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass AND m.objid = e.oid)
  UNION ALL
  SELECT 'default-privileges ' || pg_catalog.pg_get_userbyid(d.defaclrole) || ' ' || COALESCE(n.nspname, '') || ' '
         || d.defaclobjtype::pg_catalog.text || ' ' || COALESCE(d.defaclacl::pg_catalog.text, '')
  FROM pg_catalog.pg_default_acl d LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
  WHERE pg_catalog.current_setting('dump.privileges') = '1'
)
-- One line per fact: definitions that span lines keep their line breaks as \n.
SELECT fact FROM (SELECT pg_catalog.replace(pg_catalog.replace(line, '\', '\\'), pg_catalog.chr(10), '\n') AS fact FROM lines) f
ORDER BY fact COLLATE "C";
