// CREATE COLLATION and CREATE OPERATOR (DefineStmt), their DROP and COMMENT.
#include <algorithm>

#include "model/ascii_case.hpp"
#include "parser/postgres/expressions.hpp"
#include "parser/postgres/failure.hpp"
#include "parser/postgres/quote.hpp"
#include "parser/postgres/schema_builder.hpp"

namespace schemac::pg {
namespace {

// A DefElem's value written as a word or a string.
std::string word(Node arg) {
  if (arg.is("String")) return std::string(str(arg.fields, "sval"));
  if (arg.is("TypeName")) return std::string(string_value(list(arg.fields, "names")[list(arg.fields, "names").size() - 1]));
  if (arg.is("Boolean")) return boolean(arg.fields, "boolval") ? "true" : "false";
  throw ParseFailure{-1, "expected a name or a string"};
}

}  // namespace

void SchemaBuilder::define(object stmt) {
  const std::string_view kind = str(stmt, "kind");
  if (kind == "OBJECT_COLLATION") return create_collation(stmt);
  if (kind == "OBJECT_OPERATOR") return create_operator(stmt);
  if (kind == "OBJECT_AGGREGATE") return create_aggregate(stmt);
  if (kind == "OBJECT_TSDICTIONARY") return create_text_search_dictionary(stmt);
  if (kind == "OBJECT_TSCONFIGURATION") return create_text_search_configuration(stmt);
  std::string what(kind.substr(7));
  if (what.starts_with("TS")) what = "TEXT SEARCH " + what.substr(2);  // TSCONFIGURATION, TSDICTIONARY, ...
  if (what == "TYPE") what = "TYPE (base type)";
  throw ParseFailure{-1, "CREATE " + what + " is not supported yet", {}, true};
}

Collation* SchemaBuilder::find_collation(const QualifiedName& name) {
  auto it = std::find_if(schema_.collations.begin(), schema_.collations.end(), [&](const Collation& c) { return c.name == name; });
  return it == schema_.collations.end() ? nullptr : &*it;
}

std::string SchemaBuilder::collation_name(List parts) const {
  if (parts.size() == 1) {
    const std::string_view name = string_value(parts[0]);
    for (const auto& schema : search_path_)
      for (const Collation& c : schema_.collations)
        if (c.name.schema == schema && c.name.name == name) return quote_qualified(c.name);
  }
  return write_collation(parts);
}

// CREATE COLLATION ... FROM existing copies what defines it. A collation from
// these files is known; of the server's own, offline, only those whose
// definition their name tells: C, POSIX, ucs_basic (libc "C"), ICU ones named
// locale-x-icu, and libc ones named with their encoding (en_US.utf8) - initdb
// also makes aliases (en_US) whose locale only the server knows.
void SchemaBuilder::copy_collation(Collation& into, List names, std::int64_t loc) {
  const std::string written = write_collation(names);
  const std::string_view last = string_value(names[names.size() - 1]);
  const bool system = names.size() == 1 || string_value(names[0]) == "pg_catalog";
  const Collation* from = nullptr;
  if (names.size() == 1) {
    for (const auto& schema : search_path_)
      if ((from = find_collation({schema, std::string(last)}))) break;
  } else {
    from = find_collation(qualify_list(names));
  }
  if (from) {
    into.provider = from->provider;
    into.locale = from->locale;
    into.lc_collate = from->lc_collate;
    into.lc_ctype = from->lc_ctype;
    into.deterministic = from->deterministic;
    return;
  }
  if (!system) throw ParseFailure{loc, "collation " + written + " does not exist"};
  if (last == "default") throw ParseFailure{loc, "collation \"default\" cannot be copied"};
  const std::string name(last);
  constexpr std::string_view icu_suffix = "-x-icu";
  if (major_ >= 17 && (name == "ucs_basic" || name == "pg_c_utf8" || (major_ >= 18 && name == "pg_unicode_fast"))) {
    // PostgreSQL 17's builtin provider (ucs_basic moved to it from libc).
    into.provider = "builtin";
    into.locale = name == "ucs_basic" ? "C" : name == "pg_c_utf8" ? "C.UTF-8" : "PG_UNICODE_FAST";
  } else if (name == "C" || name == "POSIX" || name == "ucs_basic") {
    into.lc_collate = into.lc_ctype = name == "ucs_basic" ? "C" : name;
  } else if (name.size() > icu_suffix.size() && name.ends_with(icu_suffix)) {
    into.provider = "icu";
    into.locale = name.substr(0, name.size() - icu_suffix.size());
  } else if (name.find('.') != std::string::npos) {
    into.lc_collate = into.lc_ctype = name;
  } else {
    throw ParseFailure{loc, "CREATE COLLATION ... FROM " + written + ": which locale that server collation has is known only to the server; spell out its locale", {}, true};
  }
}

void SchemaBuilder::create_collation(object stmt) {
  Collation collation;
  collation.name = qualify_list(list(stmt, "defnames"));
  require_namespace(collation.name.schema, -1);
  collation.where = statement_position();
  std::string locale;
  for (element item : list(stmt, "definition")) {
    const object def = Node::of(item).fields;
    const std::string_view name = str(def, "defname");
    if (name == "from") {
      copy_collation(collation, list(required_node(def, "arg").fields, "items"), location(def));
      continue;
    }
    const std::string value = word(required_node(def, "arg"));
    if (name == "provider") collation.provider = ascii_lower(value);
    else if (name == "locale") locale = value;
    else if (name == "lc_collate") collation.lc_collate = value;
    else if (name == "lc_ctype") collation.lc_ctype = value;
    else if (name == "deterministic") collation.deterministic = ascii_lower(value) != "false" && value != "0" && ascii_lower(value) != "off";
    else throw ParseFailure{location(def), "collation attribute \"" + std::string(name) + "\" not recognized"};
  }
  if (collation.provider == "builtin") require_major(17, "the builtin collation provider", "collation " + to_string(collation.name), -1);
  if (!locale.empty()) {
    if (collation.provider == "icu" || collation.provider == "builtin") collation.locale = locale;
    else collation.lc_collate = collation.lc_ctype = locale;
  }
  if (find_collation(collation.name)) {
    if (boolean(stmt, "if_not_exists")) return warn(-1, "collation \"" + to_string(collation.name) + "\" already exists, skipping");
    throw ParseFailure{-1, "collation \"" + to_string(collation.name) + "\" already exists"};
  }
  schema_.collations.push_back(std::move(collation));
}

Operator* SchemaBuilder::find_operator(const QualifiedName& name, const std::string& signature) {
  auto it = std::find_if(schema_.operators.begin(), schema_.operators.end(),
                         [&](const Operator& o) { return o.name == name && o.signature() == signature; });
  return it == schema_.operators.end() ? nullptr : &*it;
}

// OPERATOR(schema.name) for a commutator or negator; unqualified ones live in
// the operator's own schema, where the server would make them.
std::string SchemaBuilder::operator_reference(Node arg, const std::string& own_schema) const {
  List names = list(arg.fields, "items");
  const std::string schema = names.size() == 2 ? std::string(string_value(names[0])) : own_schema;
  return "OPERATOR(" + quote_ident(schema) + "." + std::string(string_value(names[names.size() - 1])) + ")";
}

void SchemaBuilder::create_operator(object stmt) {
  Operator op;
  op.name = qualify_list(list(stmt, "defnames"));
  require_namespace(op.name.schema, -1);
  op.where = statement_position();
  for (element item : list(stmt, "definition")) {
    const object def = Node::of(item).fields;
    const std::string_view name = str(def, "defname");
    const Node arg = required_node(def, "arg");
    if (name == "function" || name == "procedure") {
      List names = list(arg.fields, "names");
      op.function = names.size() == 2 ? QualifiedName{std::string(string_value(names[0])), std::string(string_value(names[1]))}
                                      : QualifiedName{function_schema(string_value(names[0])).value_or("pg_catalog"),
                                                      std::string(string_value(names[0]))};
    } else if (name == "leftarg") {
      op.left = type_of(arg.fields);
    } else if (name == "rightarg") {
      op.right = type_of(arg.fields);
    } else if (name == "commutator") {
      op.commutator = operator_reference(arg, op.name.schema);
    } else if (name == "negator") {
      op.negator = operator_reference(arg, op.name.schema);
    } else if (name == "restrict") {
      op.restrict_estimator = write_dotted_name(list(arg.fields, "names"));
    } else if (name == "join") {
      op.join_estimator = write_dotted_name(list(arg.fields, "names"));
    } else if (name == "hashes") {
      op.hashes = true;
    } else if (name == "merges") {
      op.merges = true;
    } else {
      throw ParseFailure{location(def), "operator attribute \"" + std::string(name) + "\" not recognized"};
    }
  }
  if (op.function.name.empty()) throw ParseFailure{-1, "operator function must be specified"};
  if (op.right.empty()) throw ParseFailure{-1, "operator right argument type must be specified"};
  if (find_operator(op.name, op.signature()))
    throw ParseFailure{-1, "operator " + to_string(op.name) + " already exists"};
  schema_.operators.push_back(std::move(op));
}

// A function named in an aggregate: the schema's own are qualified, the
// server's are not (as regproc prints them with an empty search_path).
std::string SchemaBuilder::function_reference(Node arg) const {
  List names = list(arg.fields, "names");
  if (names.size() == 1)
    if (auto schema = function_schema(string_value(names[0]))) return quote_ident(*schema) + "." + quote_ident(string_value(names[0]));
  return write_dotted_name(names);
}

void SchemaBuilder::create_aggregate(object stmt) {
  Aggregate aggregate;
  aggregate.name = qualify_list(list(stmt, "defnames"));
  require_namespace(aggregate.name.schema, -1);
  aggregate.where = statement_position();
  // args: the argument list, then the number of direct arguments (-1, left
  // out of the tree, for a plain aggregate; a count for an ordered-set one).
  List args = list(stmt, "args");
  if (args.size() != 2 || has(Node::of(args[1]).fields, "ival"))
    throw ParseFailure{-1, "old-style and ordered-set aggregates are not supported yet", {}, true};
  for (element parameter : list(Node::of(args[0]).fields, "items"))
    aggregate.arguments.push_back(type_of(required_object(Node::of(parameter).fields, "argType")));
  for (element item : list(stmt, "definition")) {
    const object def = Node::of(item).fields;
    const std::string_view name = str(def, "defname");
    const Node arg = required_node(def, "arg");
    if (name == "sfunc") aggregate.state_function = function_reference(arg);
    else if (name == "stype") aggregate.state_type = type_of(arg.fields);
    else if (name == "finalfunc") aggregate.final_function = function_reference(arg);
    else if (name == "combinefunc") aggregate.combine_function = function_reference(arg);
    else if (name == "initcond") aggregate.initial_condition = word(arg);
    else if (name == "parallel") aggregate.parallel = ascii_lower(word(arg)).front();
    else throw ParseFailure{location(def), "aggregate attribute \"" + std::string(name) + "\" is not supported yet", {}, true};
  }
  if (aggregate.state_function.empty() || aggregate.state_type.empty())
    throw ParseFailure{-1, "aggregate stype and sfunc must be specified"};
  if (aggregate_named_exists(aggregate.name, aggregate.signature()))
    throw ParseFailure{-1, "function " + to_string(aggregate.name) + "(" + aggregate.signature() + ") already exists"};
  note_routine(aggregate.name);
  schema_.aggregates.push_back(std::move(aggregate));
}

bool SchemaBuilder::aggregate_named_exists(const QualifiedName& name, const std::string& signature) const {
  return std::any_of(schema_.aggregates.begin(), schema_.aggregates.end(),
                     [&](const Aggregate& a) { return a.name == name && a.signature() == signature; });
}

// The aggregate an ObjectWithArgs names (DROP / COMMENT ON AGGREGATE name (types)).
Aggregate* SchemaBuilder::aggregate_named(object with_args, bool missing_ok) {
  const QualifiedName name = qualify_list(list(with_args, "objname"));
  std::string signature;
  for (element arg : list(with_args, "objargs")) signature += (signature.empty() ? "" : ", ") + type_of(Node::of(arg).fields);
  for (Aggregate& a : schema_.aggregates)
    if (a.name == name && a.signature() == signature) return &a;
  if (!missing_ok) throw ParseFailure{-1, "aggregate " + to_string(name) + "(" + signature + ") does not exist"};
  return nullptr;
}

// The operator an ObjectWithArgs names: DROP OPERATOR / COMMENT ON OPERATOR name (left, right).
Operator* SchemaBuilder::operator_named(object with_args, bool missing_ok) {
  const QualifiedName name = qualify_list(list(with_args, "objname"));
  List args = list(with_args, "objargs");
  std::string signature;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const Node arg = Node::of(args[i]);
    signature += (i ? ", " : "") + (arg.is("TypeName") ? type_of(arg.fields) : std::string("NONE"));
  }
  if (args.size() == 1) signature = "NONE, " + signature;
  Operator* found = find_operator(name, signature);
  if (!found && !missing_ok) throw ParseFailure{-1, "operator does not exist: " + to_string(name) + " (" + signature + ")"};
  return found;
}

}  // namespace schemac::pg
