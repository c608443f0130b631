#pragma once
// The shared IR: plain data. Every frontend (parsers, later inspectors)
// produces a Schema in canonical form; every pass downstream reads it.
// Canonical form means: type names as PostgreSQL's format_type prints them,
// expressions as the frontend's deparser prints them, implicit names filled in,
// schemas explicit. Two Schemas compare equal exactly when the databases they
// describe are equal in everything schemac models.
#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/boxed.hpp"
#include "model/source_range.hpp"

namespace schemac {

struct QualifiedName {
  std::string schema;
  std::string name;

  auto operator<=>(const QualifiedName&) const = default;
  bool operator==(const QualifiedName&) const = default;
};

// An expression in canonical text. `atomic` says whether it can stand where
// PostgreSQL's grammar only takes a restricted expression (a column DEFAULT,
// an index key) without extra parentheses.
struct Expr {
  std::string text;
  bool atomic = true;
  // The user functions it calls, schema-qualified and sorted: an object
  // whose expression calls one is made after it and loses the expression
  // before it goes. Not part of equality (the text says it all).
  std::vector<QualifiedName> calls;

  bool operator==(const Expr& other) const { return text == other.text; }
};

struct SequenceOwner {
  QualifiedName table;
  std::string column;
  bool operator==(const SequenceOwner&) const = default;
};

// All options resolved to the values PostgreSQL would store, so
// `CREATE SEQUENCE s` equals `CREATE SEQUENCE s START 1 MINVALUE 1`.
struct SequenceOptions {
  std::string type = "bigint";
  std::int64_t increment = 1;
  std::int64_t min_value = 1;
  std::int64_t max_value = INT64_MAX;
  std::int64_t start = 1;
  std::int64_t cache = 1;
  bool cycle = false;
};

struct Sequence : SequenceOptions {
  QualifiedName name;
  std::optional<SequenceOwner> owned_by;
  std::optional<std::string> comment;
  SourceRange where;
};

// GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY: the column owns a sequence,
// named and optioned like any other, whose type follows the column's. (Kept
// to what it needs: every column carries room for one.)
struct IdentitySequence : SequenceOptions {
  QualifiedName name;
};
struct Identity {
  bool always = false;  // ALWAYS, else BY DEFAULT
  IdentitySequence sequence;
};

// SQLite: what a constraint violation does (ON CONFLICT); a char, not a
// string: every column carries one.
enum class OnConflict : char { Abort = 'a', Rollback = 'r', Fail = 'f', Ignore = 'i', Replace = 'p' };

struct Column {
  std::string name;
  std::string type;  // canonical, e.g. "character varying(20)", "public.mood[]"
  bool not_null = false;
  // PostgreSQL 18 keeps NOT NULL as a named constraint ("t_id_not_null"
  // unless named); empty on older majors, which have no such constraint.
  std::string not_null_name;
  std::optional<Expr> default_value;
  Boxed<Identity> identity;  // GENERATED ... AS IDENTITY (implies not_null, no default)
  Boxed<Expr> generated;                   // GENERATED ALWAYS AS (expr) STORED
  bool virtual_generated = false;          // computed when read (VIRTUAL: SQLite's default, PostgreSQL 18's), not STORED
  OnConflict not_null_on_conflict = OnConflict::Abort;  // SQLite: NOT NULL ON CONFLICT ...
  std::string collation;  // empty: the type's default
  bool inherited = false;  // comes from a parent table (INHERITS, PARTITION OF): kept there, not here
  int statistics = -1;    // SET STATISTICS; -1: the server's default
  std::vector<std::pair<std::string, std::string>> options;  // SET (n_distinct = ...), by name
  std::optional<std::string> comment;
  SourceRange where;
  std::string renamed_from;  // `-- schemac:renamed-from OLD` on it in the desired file; empty: none
};

enum class FkAction : char { NoAction = 'a', Restrict = 'r', Cascade = 'c', SetNull = 'n', SetDefault = 'd' };
// As SQL writes it ("SET NULL"), in PostgreSQL and SQLite alike.
std::string_view fk_action_words(FkAction action);
enum class FkMatch : char { Simple = 's', Full = 'f', Partial = 'p' };

struct Deferrability {
  bool deferrable = false;
  bool initially_deferred = false;
  bool operator==(const Deferrability&) const = default;
};

struct PrimaryKey {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::string> include;
  Deferrability deferral;
  SourceRange where;
  std::optional<std::string> comment;
  // PostgreSQL: its index's WITH (...) and USING INDEX TABLESPACE ("" the default), as on Index.
  std::vector<std::pair<std::string, std::string>> index_options;
  std::string index_tablespace;
  bool autoincrement = false;  // SQLite: INTEGER PRIMARY KEY AUTOINCREMENT
  bool descending = false;     // SQLite: PRIMARY KEY DESC (on an INTEGER key: not a rowid alias)
  OnConflict on_conflict = OnConflict::Abort;  // SQLite; ABORT is what no clause means
};

struct UniqueConstraint {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::string> include;
  bool nulls_not_distinct = false;
  Deferrability deferral;
  SourceRange where;
  std::optional<std::string> comment;
  std::vector<std::pair<std::string, std::string>> index_options;  // as on PrimaryKey
  std::string index_tablespace;
  OnConflict on_conflict = OnConflict::Abort;  // SQLite
};

struct CheckConstraint {
  std::string name;
  Expr expr;
  bool no_inherit = false;
  SourceRange where;
  std::optional<std::string> comment;
  bool valid = true;  // false: added NOT VALID, existing rows not checked yet
  bool enforced = true;  // PostgreSQL 18: false for NOT ENFORCED (never checked)
};

struct ForeignKey {
  std::string name;
  std::vector<std::string> columns;
  QualifiedName ref_table;
  std::vector<std::string> ref_columns;  // filled from the referenced primary key when omitted
  FkAction on_delete = FkAction::NoAction;
  FkAction on_update = FkAction::NoAction;
  FkMatch match = FkMatch::Simple;
  Deferrability deferral;
  SourceRange where;
  std::optional<std::string> comment;
  bool valid = true;  // false: added NOT VALID, existing rows not checked yet
  bool enforced = true;  // PostgreSQL 18: false for NOT ENFORCED (never checked)
};

enum class NullsOrder : char { Default, First, Last };

struct IndexKey {
  std::string column;              // set for a plain column key
  std::optional<Expr> expression;  // set for an expression key
  std::string collation;
  std::string opclass;             // canonical: empty when it is the default
  bool descending = false;
  NullsOrder nulls = NullsOrder::Default;  // canonical: Default when it matches the direction's default
  int statistics = -1;  // ALTER INDEX ... ALTER COLUMN n SET STATISTICS (expression keys)
};

struct Index {
  std::string name;  // indexes live in their table's schema
  bool unique = false;
  bool nulls_not_distinct = false;
  std::string method = "btree";
  std::vector<IndexKey> keys;
  std::vector<std::string> include;
  std::optional<Expr> predicate;
  std::vector<std::pair<std::string, std::string>> options;  // WITH (fillfactor = ...), by name
  // PostgreSQL: "" is the database's default tablespace (TABLESPACE
  // pg_default reads as "", as the server stores it when that is the default).
  std::string tablespace;
  std::optional<std::string> comment;
  // Only in a database: an interrupted CREATE INDEX CONCURRENTLY leaves the
  // index behind, unused and not kept up to date (pg_index.indisvalid). It is
  // never the same as an index a schema declares, so a plan builds it again.
  bool invalid = false;
  SourceRange where;
};

// EXCLUDE USING method (key WITH operator, ...): its keys are index keys.
struct ExclusionConstraint {
  std::string name;  // also its index's
  std::string method = "btree";
  std::vector<IndexKey> keys;
  std::vector<std::string> operators;  // one per key: "=", "&&", or OPERATOR(schema.op)
  std::vector<std::string> include;
  std::optional<Expr> predicate;
  Deferrability deferral;
  SourceRange where;
  std::optional<std::string> comment;
};

struct Table {
  QualifiedName name;
  std::vector<Column> columns;
  std::optional<PrimaryKey> primary_key;
  std::vector<UniqueConstraint> uniques;
  std::vector<CheckConstraint> checks;
  std::vector<ForeignKey> foreign_keys;
  std::vector<ExclusionConstraint> exclusions;
  std::vector<Index> indexes;
  bool unlogged = false;
  std::vector<std::pair<std::string, std::string>> options;  // WITH (fillfactor = ...), by name
  std::string partition_by;                // canonical key, e.g. "RANGE (created_at)"; empty: not partitioned
  std::optional<QualifiedName> partition_of;  // a partition of this parent...
  std::string partition_bound;             // ...for these values, e.g. "FOR VALUES IN (false)", "DEFAULT"
  std::vector<QualifiedName> inherits;     // INHERITS (...), in order
  bool without_rowid = false;  // SQLite: WITHOUT ROWID
  bool strict = false;         // SQLite: STRICT
  bool row_security = false;        // ENABLE ROW LEVEL SECURITY
  bool force_row_security = false;  // FORCE ROW LEVEL SECURITY
  std::optional<std::string> comment;
  SourceRange where;
  std::string renamed_from;  // `-- schemac:renamed-from OLD` before it in the desired file; empty: none

  const Column* find_column(std::string_view column) const;
  Column* find_column(std::string_view column);
};

// CREATE [MATERIALIZED] VIEW. The query is kept as text in the frontend's
// canonical form, its relation names qualified; what it reads is recorded
// for ordering (a view goes before what it reads goes, and after it comes).
struct View {
  QualifiedName name;
  bool materialized = false;
  std::vector<std::string> columns;  // the column list, when one is written
  std::string query;
  std::vector<std::pair<std::string, std::string>> options;  // WITH (...), by name; check_option among them
  std::vector<QualifiedName> reads;  // tables and views, sorted
  std::vector<QualifiedName> calls;  // functions called with a schema, sorted
  std::vector<Index> indexes;        // materialized views only
  std::optional<std::string> comment;
  SourceRange where;
};

enum class ArgumentMode : char { In = 'i', Out = 'o', InOut = 'b', Variadic = 'v', Table = 't' };

struct FunctionArgument {
  ArgumentMode mode = ArgumentMode::In;
  std::string name;  // may be empty
  std::string type;  // canonical
  std::optional<Expr> default_value;
  bool operator==(const FunctionArgument&) const = default;
};

// CREATE FUNCTION / CREATE PROCEDURE. Options hold the values PostgreSQL
// stores when they are not written (VOLATILE, COST 100, ...), so spelling a
// default out changes nothing. The body is compared as written.
struct Function {
  QualifiedName name;
  bool procedure = false;
  std::vector<FunctionArgument> arguments;  // RETURNS TABLE columns among them, as mode Table
  std::string returns;                      // canonical type, "SETOF type"; empty for procedures and RETURNS TABLE
  bool returns_set = false;                 // SETOF or RETURNS TABLE
  std::string language;                     // lower case
  std::string body;                         // AS '...' (for C: the object file), or a SQL-standard body
  bool standard_body = false;               // body is RETURN ... / BEGIN ATOMIC ... END, names qualified
  std::vector<QualifiedName> reads;         // tables and views a standard body names: it depends on them
  std::string link_symbol;                  // C functions: AS 'file', 'symbol'
  char volatility = 'v';                    // i, s, v
  bool strict = false;
  bool security_definer = false;
  bool leakproof = false;
  char parallel = 'u';                      // s, r, u
  double cost = 100;
  double rows = 0;                          // 1000 for set-returning functions unless given
  std::vector<std::pair<std::string, std::string>> settings;  // SET name TO value(s), value as SQL text
  std::optional<std::string> comment;
  SourceRange where;

  // "integer, text": the input argument types that tell overloads apart.
  std::string signature() const;
};

// CREATE [CONSTRAINT] TRIGGER on a table (or, INSTEAD OF, on a view).
struct Trigger {
  QualifiedName table;
  std::string name;  // unique per table
  enum class Timing : char { Before = 'b', After = 'a', InsteadOf = 'i' } timing = Timing::After;
  bool on_insert = false, on_update = false, on_delete = false, on_truncate = false;
  std::vector<std::string> update_columns;  // UPDATE OF ...
  bool for_each_row = false;
  std::optional<Expr> when;
  QualifiedName function;
  std::vector<std::string> arguments;  // string constants, as the server keeps them
  std::string old_table, new_table;    // REFERENCING OLD/NEW TABLE AS ...
  bool constraint = false;
  Deferrability deferral;
  std::optional<std::string> comment;
  SourceRange where;
  std::string body;  // SQLite: the statements between BEGIN and END, in canonical form (no function)
  std::vector<QualifiedName> reads;  // SQLite: its table and the relations its body names, sorted
};

// CREATE EVENT TRIGGER: database-wide, named on its own.
struct EventTrigger {
  std::string name;
  std::string event;              // ddl_command_start, ddl_command_end, table_rewrite, sql_drop
  std::vector<std::string> tags;  // WHEN TAG IN (...), upper case, as given; empty: every command
  QualifiedName function;
  char enabled = 'O';  // O (origin, the default), D (disabled), R (replica), A (always)
  std::optional<std::string> comment;
  SourceRange where;
};

// CREATE POLICY: row-level security on a table. Expressions are kept as
// libpg_query prints them (they may hold subqueries), relation names qualified.
struct Policy {
  QualifiedName table;
  std::string name;  // unique per table
  bool permissive = true;
  std::string command = "all";      // all, select, insert, update, delete
  std::vector<std::string> roles;   // sorted; "public" for PUBLIC
  std::string using_expression;     // empty: none
  std::string check_expression;     // WITH CHECK; empty: none
  std::vector<QualifiedName> reads;  // relations the expressions read
  std::optional<std::string> comment;
  SourceRange where;
};

// CREATE DOMAIN: a base type with a default, NOT NULL and CHECK constraints.
struct Domain {
  QualifiedName name;
  std::string type;       // canonical base type
  std::string collation;  // empty: the base type's
  std::optional<Expr> default_value;
  bool not_null = false;
  std::vector<CheckConstraint> checks;  // by name
  std::optional<std::string> comment;
  SourceRange where;
};

// CREATE TYPE ... AS (...): attributes have a name, a type and a collation.
struct CompositeType {
  QualifiedName name;
  std::vector<Column> attributes;
  std::optional<std::string> comment;
  SourceRange where;
};

// CREATE TYPE ... AS RANGE, with the multirange type PostgreSQL makes along.
struct RangeType {
  QualifiedName name;
  std::string subtype;          // canonical type
  std::string subtype_diff;     // function, qualified when the schema's own; empty: none
  std::string multirange;       // its name (in the same schema)
  std::optional<std::string> comment;
  SourceRange where;
};

// The multirange name PostgreSQL picks: "range" in the name becomes
// "multirange", else "_multirange" is appended.
std::string default_multirange_name(const std::string& range_name);

// CREATE COLLATION: an ICU locale, or libc's LC_COLLATE / LC_CTYPE.
struct Collation {
  QualifiedName name;
  std::string provider = "libc";  // libc, icu, builtin (PostgreSQL 17)
  std::string locale;             // icu
  std::string lc_collate, lc_ctype;  // libc
  bool deterministic = true;
  std::optional<std::string> comment;
  SourceRange where;
};

// CREATE TEXT SEARCH DICTIONARY: a template and its options.
struct TextSearchDictionary {
  QualifiedName name;
  QualifiedName template_name;  // e.g. pg_catalog.snowball
  // As PostgreSQL keeps them: lower-case names, values as text, in the order written.
  std::vector<std::pair<std::string, std::string>> options;
  std::optional<std::string> comment;
  SourceRange where;
};

// CREATE TEXT SEARCH CONFIGURATION: a parser and, for each token type it maps,
// the dictionaries tried in order. COPY = ... is resolved to what it copies.
struct TextSearchConfiguration {
  QualifiedName name;
  QualifiedName parser;  // e.g. pg_catalog.default
  std::map<std::string, std::vector<QualifiedName>> mappings;  // token type -> dictionaries
  std::optional<std::string> comment;
  SourceRange where;
};

// SQLite: CREATE VIRTUAL TABLE name USING module (arguments), e.g. an FTS5 index.
struct VirtualTable {
  QualifiedName name;
  std::string module;                  // lower case, e.g. fts5
  std::vector<std::string> arguments;  // as written, each in canonical token form
  SourceRange where;
};

// CREATE AGGREGATE (plain, not ordered-set), matched by name and argument types.
struct Aggregate {
  QualifiedName name;
  std::vector<std::string> arguments;  // input types
  std::string state_function;          // SFUNC, schema-qualified when it is the schema's own
  std::string state_type;              // STYPE
  std::string final_function, combine_function;  // empty: none
  std::optional<std::string> initial_condition;  // INITCOND
  char parallel = 'u';                           // s, r, u
  std::optional<std::string> comment;
  SourceRange where;

  std::string signature() const;  // "integer, text"
};

// CREATE OPERATOR, matched by name and argument types.
struct Operator {
  QualifiedName name;
  std::string left, right;  // argument types; empty for a prefix operator's left
  QualifiedName function;
  std::string commutator, negator;  // OPERATOR(schema.name), empty when none
  std::string restrict_estimator, join_estimator;  // function names, as written
  bool hashes = false, merges = false;
  std::optional<std::string> comment;
  SourceRange where;

  std::string signature() const { return (left.empty() ? "NONE" : left) + ", " + right; }
};

struct EnumType {
  QualifiedName name;
  std::vector<std::string> labels;
  std::optional<std::string> comment;
  SourceRange where;
};

// CREATE EXTENSION: what it defines (types, functions, its comment) is not
// modelled, only that it is there, where, and at which version.
struct Extension {
  std::string name;
  std::string schema;   // where its objects live
  std::string version;  // empty: the default version
  SourceRange where;
};

struct Namespace {
  std::string name;
  std::optional<std::string> comment;
  SourceRange where;
  // Used by these files but made outside them (by a DBA, another tool, the
  // role's search_path): presumed to exist, never created or dropped.
  bool external = false;
};

// One privilege a role holds on an object (GRANT ... ON ... TO ...), read only
// with --privileges. What the object's owner holds by owning it is not
// modelled: the owner is whoever runs the migration. Defaults are explicit:
// PUBLIC holds EXECUTE on a new function, USAGE on a new type and on schema
// public, as in PostgreSQL 15.
struct Privilege {
  enum class On { Table, Sequence, Schema, Function, Procedure, Type };  // Table: also views, materialized views
  On on;
  QualifiedName object;   // for a schema: {"", name}
  std::string signature;  // functions and procedures: input argument types
  std::string column;     // a column privilege; empty: the whole object
  std::string grantee;    // a role name, or PUBLIC
  std::string privilege;  // SELECT, INSERT, ..., EXECUTE, USAGE, CREATE
  bool grantable = false;  // WITH GRANT OPTION

  auto operator<=>(const Privilege&) const = default;
  bool operator==(const Privilege&) const = default;
};

// Who owns an object, read only with --owners, and only where it is not
// the role that runs the migration: files say so with ALTER ... OWNER TO
// (or CREATE SCHEMA ... AUTHORIZATION); a database, where the owner is
// another role than the one connected.
struct Ownership {
  Privilege::On on;
  QualifiedName object;   // for a schema: {"", name}
  std::string signature;  // functions and procedures
  std::string owner;

  auto operator<=>(const Ownership&) const = default;
  bool operator==(const Ownership&) const = default;
};

// Objects are kept flat, each with its qualified name, rather than nested
// under their namespace: the diff matches every kind through one hash map, and
// cross-schema references (a foreign key to another schema) need no walk.
struct Schema {
  std::vector<Namespace> namespaces;  // explicitly created; "public" is implicit
  std::vector<Extension> extensions;
  std::vector<EnumType> enums;
  std::vector<Sequence> sequences;
  std::vector<Table> tables;
  std::vector<View> views;
  std::vector<Function> functions;
  std::vector<Trigger> triggers;
  std::vector<EventTrigger> event_triggers;
  std::vector<Policy> policies;
  std::vector<Collation> collations;
  std::vector<TextSearchDictionary> text_search_dictionaries;
  std::vector<TextSearchConfiguration> text_search_configurations;
  std::vector<Domain> domains;
  std::vector<CompositeType> composite_types;
  std::vector<RangeType> range_types;
  std::vector<Operator> operators;
  std::vector<Aggregate> aggregates;
  std::vector<VirtualTable> virtual_tables;  // SQLite
  std::vector<Privilege> privileges;  // sorted, each once
  std::vector<Ownership> owners;      // sorted, one per object
};

std::string to_string(const QualifiedName& name);  // unquoted "schema.name", for messages

// The range of smallint, integer or bigint (anything else: bigint's), as
// PostgreSQL uses it for sequence bounds.
struct IntegerRange {
  std::int64_t min;
  std::int64_t max;
};
IntegerRange integer_range(std::string_view type);

// A sequence's type changes (ALTER SEQUENCE ... AS, or its identity column's
// type): bounds left at the old type's limits follow, as in PostgreSQL.
void retype(SequenceOptions& sequence, const std::string& type);

}  // namespace schemac

namespace schemac {

// The user-defined type a canonical column type names, e.g. `public."Mood"[]`
// -> {public, Mood}; nullopt for built-in (unqualified) types.
std::optional<QualifiedName> named_type(std::string_view canonical_type);

}  // namespace schemac
