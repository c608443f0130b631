#pragma once
// SQLite's DDL as a PEGTL grammar (https://www.sqlite.org/lang_createtable.html,
// lang_createindex.html). Expressions are not parsed: they are captured as
// balanced runs of tokens and put in canonical form by expression_text.
// Rules wrapped in `must` name what was expected when input stops matching.
#include <tao/pegtl.hpp>

namespace schemac::sqlite::grammar {

namespace pegtl = tao::pegtl;
using pegtl::any;
using pegtl::at;
using pegtl::eof;
using pegtl::if_must;
using pegtl::list;
using pegtl::must;
using pegtl::not_at;
using pegtl::one;
using pegtl::opt;
using pegtl::plus;
using pegtl::seq;
using pegtl::sor;
using pegtl::star;
using pegtl::until;

// --- spacing -------------------------------------------------------------------
struct line_comment : seq<pegtl::two<'-'>, until<pegtl::eolf>> {};
struct block_comment_end : pegtl::string<'*', '/'> {};
struct block_comment : if_must<pegtl::string<'/', '*'>, until<block_comment_end>> {};
struct space : sor<plus<pegtl::space>, line_comment, block_comment> {};
struct sep : star<space> {};

// --- words -----------------------------------------------------------------------
struct word_start : sor<pegtl::ascii::ranges<'a', 'z', 'A', 'Z', '_'>, pegtl::utf8::range<0x80, 0x10FFFF>> {};
struct word_rest : sor<pegtl::ascii::ranges<'a', 'z', 'A', 'Z', '0', '9', '_', '_', '$', '$'>, pegtl::utf8::range<0x80, 0x10FFFF>> {};
struct word : seq<word_start, star<word_rest>> {};

template <class Text>
struct keyword : seq<Text, not_at<word_rest>> {};
#define SCHEMAC_KEYWORD(name, text) struct name : keyword<TAO_PEGTL_ISTRING(text)> {}
SCHEMAC_KEYWORD(k_action, "ACTION");
SCHEMAC_KEYWORD(k_always, "ALWAYS");
SCHEMAC_KEYWORD(k_as, "AS");
SCHEMAC_KEYWORD(k_asc, "ASC");
SCHEMAC_KEYWORD(k_autoincrement, "AUTOINCREMENT");
SCHEMAC_KEYWORD(k_cascade, "CASCADE");
SCHEMAC_KEYWORD(k_check, "CHECK");
SCHEMAC_KEYWORD(k_collate, "COLLATE");
SCHEMAC_KEYWORD(k_constraint, "CONSTRAINT");
SCHEMAC_KEYWORD(k_create, "CREATE");
SCHEMAC_KEYWORD(k_default, "DEFAULT");
SCHEMAC_KEYWORD(k_deferrable, "DEFERRABLE");
SCHEMAC_KEYWORD(k_deferred, "DEFERRED");
SCHEMAC_KEYWORD(k_delete, "DELETE");
SCHEMAC_KEYWORD(k_desc, "DESC");
SCHEMAC_KEYWORD(k_exists, "EXISTS");
SCHEMAC_KEYWORD(k_foreign, "FOREIGN");
SCHEMAC_KEYWORD(k_generated, "GENERATED");
SCHEMAC_KEYWORD(k_if, "IF");
SCHEMAC_KEYWORD(k_immediate, "IMMEDIATE");
SCHEMAC_KEYWORD(k_index, "INDEX");
SCHEMAC_KEYWORD(k_initially, "INITIALLY");
SCHEMAC_KEYWORD(k_key, "KEY");
SCHEMAC_KEYWORD(k_match, "MATCH");
SCHEMAC_KEYWORD(k_no, "NO");
SCHEMAC_KEYWORD(k_not, "NOT");
SCHEMAC_KEYWORD(k_null, "NULL");
SCHEMAC_KEYWORD(k_on, "ON");
SCHEMAC_KEYWORD(k_primary, "PRIMARY");
SCHEMAC_KEYWORD(k_references, "REFERENCES");
SCHEMAC_KEYWORD(k_restrict, "RESTRICT");
SCHEMAC_KEYWORD(k_rowid, "ROWID");
SCHEMAC_KEYWORD(k_set, "SET");
SCHEMAC_KEYWORD(k_stored, "STORED");
SCHEMAC_KEYWORD(k_strict, "STRICT");
SCHEMAC_KEYWORD(k_table, "TABLE");
SCHEMAC_KEYWORD(k_temp, "TEMP");
SCHEMAC_KEYWORD(k_temporary, "TEMPORARY");
struct temporary : sor<k_temporary, k_temp> {};
SCHEMAC_KEYWORD(k_unique, "UNIQUE");
SCHEMAC_KEYWORD(k_update, "UPDATE");
SCHEMAC_KEYWORD(k_virtual, "VIRTUAL");
SCHEMAC_KEYWORD(k_where, "WHERE");
SCHEMAC_KEYWORD(k_without, "WITHOUT");
#undef SCHEMAC_KEYWORD

// --- quoted text -------------------------------------------------------------------
template <char Q>
struct quoted_body : star<sor<pegtl::two<Q>, pegtl::not_one<Q>>> {};
struct unterminated_string : pegtl::success {};
struct unterminated_identifier : pegtl::success {};
struct string_literal : if_must<one<'\''>, quoted_body<'\''>, one<'\''>> {};
struct double_quoted : if_must<one<'"'>, quoted_body<'"'>, one<'"'>> {};
struct backquoted : if_must<one<'`'>, quoted_body<'`'>, one<'`'>> {};
struct bracketed : if_must<one<'['>, star<pegtl::not_one<']'>>, one<']'>> {};

// A name: a bare word or any of SQLite's quotings ('x' too, where SQLite takes it).
struct name : sor<double_quoted, bracketed, backquoted, string_literal, word> {};

// --- balanced token runs (expressions) --------------------------------------------
struct balanced;
struct parenthesized : if_must<one<'('>, balanced, one<')'>> {};
struct token_in_parens : sor<space, string_literal, double_quoted, bracketed, backquoted, parenthesized, pegtl::not_one<'(', ')'>> {};
struct balanced : star<token_in_parens> {};
// Text up to a ',' or ')' (or ';') outside parentheses, e.g. an index key.
struct token_in_list : sor<string_literal, double_quoted, bracketed, backquoted, parenthesized, space, pegtl::not_one<',', ')', '(', ';'>> {};
struct list_item_text : plus<token_in_list> {};
// Text to the end of the statement, e.g. a partial index's WHERE.
struct token_in_statement : sor<string_literal, double_quoted, bracketed, backquoted, parenthesized, space, pegtl::not_one<';', '(', ')'>> {};
struct rest_of_statement : plus<token_in_statement> {};

struct expression_in_parens : if_must<one<'('>, balanced, one<')'>> {};
struct signed_number : seq<opt<one<'+', '-'>, sep>, sor<pegtl::ascii::digit, one<'.'>>, star<sor<pegtl::ascii::alnum, one<'.'>>>> {};
// DEFAULT takes a literal (a blob is X'..'), a signed number, a word (CURRENT_TIMESTAMP, TRUE, NULL) or (expr).
struct blob_literal : seq<one<'x', 'X'>, at<one<'\''>>, string_literal> {};
struct default_value : sor<expression_in_parens, string_literal, blob_literal, signed_number, word> {};

// --- column definitions ------------------------------------------------------------
struct column_name : name {};
struct constraint_name : name {};
struct conflict_resolution : word {};
struct conflict_clause : seq<k_on, sep, must<TAO_PEGTL_ISTRING("CONFLICT")>, sep, must<conflict_resolution>> {};
struct pk_ascending : k_asc {};
struct pk_descending : k_desc {};
struct autoincrement : k_autoincrement {};
struct column_primary_key : if_must<k_primary, sep, k_key, sep, opt<sor<pk_ascending, pk_descending>>, sep, opt<conflict_clause>, sep,
                                    opt<autoincrement>> {};
struct not_null : if_must<k_not, sep, k_null, sep, opt<conflict_clause>> {};
struct nullable : k_null {};
struct column_unique : if_must<k_unique, sep, opt<conflict_clause>> {};
struct check_expression : expression_in_parens {};
struct check_clause : if_must<k_check, sep, check_expression> {};
struct default_clause : if_must<k_default, sep, default_value> {};
struct collation_name : name {};
struct collate_clause : if_must<k_collate, sep, collation_name> {};

struct referenced_table : name {};
struct referenced_column : name {};
struct fk_set_null : seq<k_set, sep, k_null> {};
struct fk_set_default : seq<k_set, sep, k_default> {};
struct fk_cascade : k_cascade {};
struct fk_restrict : k_restrict {};
struct fk_no_action : seq<k_no, sep, k_action> {};
struct fk_action : sor<fk_set_null, fk_set_default, fk_cascade, fk_restrict, fk_no_action> {};
struct fk_on_delete : seq<k_on, sep, k_delete, sep, must<fk_action>> {};
struct fk_on_update : seq<k_on, sep, k_update, sep, must<fk_action>> {};
struct fk_match : if_must<k_match, sep, word> {};
struct fk_initially_deferred : seq<k_initially, sep, k_deferred> {};
struct fk_initially_immediate : seq<k_initially, sep, k_immediate> {};
struct fk_deferrable : seq<k_deferrable, sep, opt<sor<fk_initially_deferred, fk_initially_immediate>>> {};
struct fk_not_deferrable : seq<k_not, sep, k_deferrable, sep, opt<sor<fk_initially_deferred, fk_initially_immediate>>> {};
struct references_clause
    : if_must<k_references, sep, referenced_table, sep,
              opt<one<'('>, sep, list<seq<referenced_column, sep>, seq<one<','>, sep>>, must<one<')'>>>, sep,
              star<sor<fk_on_delete, fk_on_update, fk_match>, sep>, opt<sor<fk_deferrable, fk_not_deferrable>>> {};

struct generated_expression : expression_in_parens {};
struct generated_stored : k_stored {};
struct generated_virtual : k_virtual {};
struct generated_clause : seq<opt<k_generated, sep, must<k_always>, sep>, k_as, sep, must<generated_expression>, sep,
                              opt<sor<generated_stored, generated_virtual>>> {};

struct column_constraint_body
    : sor<column_primary_key, not_null, nullable, column_unique, check_clause, default_clause, collate_clause, references_clause,
          generated_clause> {};
struct named_constraint : if_must<k_constraint, sep, constraint_name> {};
struct column_constraint : seq<opt<named_constraint, sep>, must<column_constraint_body>> {};

// A type is words (not those that start a constraint) and an optional (n) or (n, m).
struct constraint_start
    : sor<k_constraint, k_primary, k_not, k_null, k_unique, k_check, k_default, k_collate, k_references, k_generated, k_as> {};
struct type_word : seq<not_at<constraint_start>, name> {};
struct type_size : if_must<one<'('>, sep, signed_number, sep, opt<one<','>, sep, signed_number, sep>, one<')'>> {};
struct type_name : seq<plus<type_word, sep>, opt<type_size>> {};
struct column_def : seq<column_name, sep, opt<type_name, sep>, star<at<sor<k_constraint, constraint_start>>, column_constraint, sep>> {};

// --- table constraints ----------------------------------------------------------------
struct key_column_text : list_item_text {};
struct key_columns : if_must<one<'('>, sep, list<key_column_text, seq<one<','>, sep>>, one<')'>> {};
struct table_primary_key : if_must<k_primary, sep, k_key, sep, key_columns, sep, opt<conflict_clause>> {};
struct table_unique : if_must<k_unique, sep, key_columns, sep, opt<conflict_clause>> {};
struct fk_column : name {};
struct table_foreign_key : if_must<k_foreign, sep, k_key, sep, one<'('>, sep, list<seq<fk_column, sep>, seq<one<','>, sep>>, one<')'>, sep,
                                   references_clause> {};
struct table_constraint_body : sor<table_primary_key, table_unique, check_clause, table_foreign_key> {};
struct table_constraint_start : sor<k_constraint, k_primary, k_unique, k_check, k_foreign> {};
struct table_constraint : seq<opt<named_constraint, sep>, must<table_constraint_body>> {};
struct table_element : sor<seq<at<table_constraint_start>, table_constraint>, column_def> {};

// --- CREATE TABLE ----------------------------------------------------------------------
struct schema_name : name {};
struct object_name : name {};
// (Actions run as soon as a rule matches: the schema part is only tried when a '.' follows.)
struct qualified_name : seq<opt<at<name, sep, one<'.'>>, schema_name, sep, one<'.'>, sep>, object_name> {};
struct if_not_exists : seq<k_if, sep, must<k_not>, sep, must<k_exists>> {};
struct without_rowid : if_must<k_without, sep, k_rowid> {};
struct strict : k_strict {};
struct table_option : sor<without_rowid, strict> {};
struct table_name : qualified_name {};
struct create_table_as : seq<k_as, sep> {};
struct create_table
    : seq<k_create, sep, opt<temporary, sep>, k_table, sep, opt<if_not_exists, sep>, must<table_name>, sep,
          must<sor<seq<create_table_as, rest_of_statement>, seq<one<'('>, sep, list<seq<table_element, sep>, seq<one<','>, sep>>, one<')'>>>>, sep,
          opt<list<seq<table_option, sep>, seq<one<','>, sep>>>> {};

// --- CREATE INDEX ----------------------------------------------------------------------
struct unique_index : k_unique {};
struct index_name : qualified_name {};
struct index_table : name {};
struct index_key_text : list_item_text {};
struct index_predicate : rest_of_statement {};
struct create_index
    : seq<k_create, sep, opt<unique_index, sep>, k_index, sep, opt<if_not_exists, sep>, must<index_name>, sep, must<k_on>, sep,
          must<index_table>, sep, must<one<'('>>, sep, must<list<seq<index_key_text, sep>, seq<one<','>, sep>>>, must<one<')'>>, sep,
          opt<k_where, sep, must<index_predicate>>> {};

// --- CREATE VIEW -------------------------------------------------------------------------
struct view_name : qualified_name {};
struct view_column : name {};
struct view_query : rest_of_statement {};
struct create_view
    : seq<k_create, sep, opt<sor<k_temporary, k_temp>, sep>, keyword<TAO_PEGTL_ISTRING("VIEW")>, sep, opt<if_not_exists, sep>,
          must<view_name>, sep, opt<one<'('>, sep, list<seq<view_column, sep>, seq<one<','>, sep>>, must<one<')'>>, sep>, must<k_as>, sep,
          must<view_query>> {};

// --- CREATE TRIGGER ------------------------------------------------------------------------
// The body holds ';': it runs to END followed by the statement's end.
struct k_begin : keyword<TAO_PEGTL_ISTRING("BEGIN")> {};
struct trigger_end : seq<TAO_PEGTL_ISTRING("END"), not_at<word_rest>, sep, at<sor<one<';'>, eof>>> {};
struct trigger_name : qualified_name {};
struct trigger_before : keyword<TAO_PEGTL_ISTRING("BEFORE")> {};
struct trigger_after : keyword<TAO_PEGTL_ISTRING("AFTER")> {};
struct trigger_instead_of : seq<keyword<TAO_PEGTL_ISTRING("INSTEAD")>, sep, must<keyword<TAO_PEGTL_ISTRING("OF")>>> {};
struct trigger_on_delete : k_delete {};
struct trigger_on_insert : keyword<TAO_PEGTL_ISTRING("INSERT")> {};
struct trigger_update_column : name {};
struct trigger_on_update
    : seq<k_update, sep, opt<keyword<TAO_PEGTL_ISTRING("OF")>, sep, list<seq<trigger_update_column, sep>, seq<one<','>, sep>>>> {};
struct trigger_event : sor<trigger_on_delete, trigger_on_insert, trigger_on_update> {};
struct trigger_table : name {};
struct for_each_row : seq<keyword<TAO_PEGTL_ISTRING("FOR")>, sep, must<keyword<TAO_PEGTL_ISTRING("EACH")>>, sep, must<keyword<TAO_PEGTL_ISTRING("ROW")>>> {};
// CASE ... END inside a body is not the body's END.
struct k_case : keyword<TAO_PEGTL_ISTRING("CASE")> {};
struct k_end : keyword<TAO_PEGTL_ISTRING("END")> {};
struct body_token;
struct case_expression : if_must<k_case, until<k_end, body_token>> {};
struct body_token : sor<space, string_literal, double_quoted, bracketed, backquoted, parenthesized, case_expression, word, any> {};
struct trigger_when : plus<not_at<k_begin>, body_token> {};
struct k_when_clause : seq<keyword<TAO_PEGTL_ISTRING("WHEN")>, sep, must<trigger_when>> {};
struct trigger_body : star<not_at<trigger_end>, body_token> {};
struct create_trigger
    : seq<k_create, sep, opt<sor<k_temporary, k_temp>, sep>, keyword<TAO_PEGTL_ISTRING("TRIGGER")>, sep, opt<if_not_exists, sep>,
          must<trigger_name>, sep, opt<sor<trigger_before, trigger_after, trigger_instead_of>, sep>, must<trigger_event>, sep, must<k_on>,
          sep, must<trigger_table>, sep, opt<for_each_row, sep>, opt<k_when_clause, sep>, must<k_begin>, sep, trigger_body, must<trigger_end>> {};

// --- CREATE VIRTUAL TABLE ------------------------------------------------------------------
struct virtual_table_name : qualified_name {};
struct module_name : name {};
struct module_argument : list_item_text {};
struct create_virtual_table
    : seq<k_create, sep, k_virtual, sep, k_table, sep, opt<if_not_exists, sep>, must<virtual_table_name>, sep,
          must<keyword<TAO_PEGTL_ISTRING("USING")>>, sep, must<module_name>, sep,
          opt<one<'('>, sep, opt<list<seq<module_argument, sep>, seq<one<','>, sep>>>, must<one<')'>>>> {};
// Anything else, up to its ';', for a clear "not supported yet" or "ignored".
struct other_token : sor<space, string_literal, double_quoted, bracketed, backquoted, parenthesized, word, pegtl::not_one<';'>> {};
struct other_statement : plus<other_token> {};
struct statement_start : at<pegtl::any> {};
// --- ALTER TABLE ---------------------------------------------------------------------------
struct k_alter : keyword<TAO_PEGTL_ISTRING("ALTER")> {};
struct k_rename : keyword<TAO_PEGTL_ISTRING("RENAME")> {};
struct k_to : keyword<TAO_PEGTL_ISTRING("TO")> {};
struct k_add : keyword<TAO_PEGTL_ISTRING("ADD")> {};
struct k_drop : keyword<TAO_PEGTL_ISTRING("DROP")> {};
struct k_column : keyword<TAO_PEGTL_ISTRING("COLUMN")> {};
struct altered_table : qualified_name {};
struct new_table_name : name {};
struct renamed_column : name {};
struct new_column_name : name {};
struct dropped_column : name {};
struct rename_table : seq<k_rename, sep, k_to, sep, must<new_table_name>> {};
struct rename_column : seq<k_rename, sep, opt<k_column, sep>, must<renamed_column>, sep, must<k_to>, sep, must<new_column_name>> {};
struct add_column : seq<k_add, sep, opt<k_column, sep>, must<column_def>> {};
struct drop_column : seq<k_drop, sep, opt<k_column, sep>, must<dropped_column>> {};
struct alter_action : sor<rename_table, rename_column, add_column, drop_column> {};
struct alter_table : seq<k_alter, sep, must<k_table>, sep, must<altered_table>, sep, must<alter_action>> {};

// --- DROP TABLE / INDEX ---------------------------------------------------------------------
struct if_exists : seq<k_if, sep, must<k_exists>> {};
struct drop_table : seq<keyword<TAO_PEGTL_ISTRING("DROP")>, sep, k_table, sep, opt<if_exists, sep>, must<table_name>> {};
struct drop_index : seq<keyword<TAO_PEGTL_ISTRING("DROP")>, sep, k_index, sep, opt<if_exists, sep>, must<index_name>> {};
struct drop_view : seq<keyword<TAO_PEGTL_ISTRING("DROP")>, sep, keyword<TAO_PEGTL_ISTRING("VIEW")>, sep, opt<if_exists, sep>, must<view_name>> {};
struct drop_trigger
    : seq<keyword<TAO_PEGTL_ISTRING("DROP")>, sep, keyword<TAO_PEGTL_ISTRING("TRIGGER")>, sep, opt<if_exists, sep>, must<trigger_name>> {};

struct statement : seq<statement_start, sor<create_table, create_index, create_view, create_trigger, create_virtual_table, alter_table,
                                            drop_table, drop_index, drop_view, drop_trigger, other_statement>> {};
struct statement_end : sor<one<';'>, eof> {};
struct script : seq<sep, star<sor<seq<one<';'>, sep>, seq<statement, sep, must<statement_end>, sep>>>, must<eof>> {};

}  // namespace schemac::sqlite::grammar
