// CREATE [OR REPLACE] FUNCTION / PROCEDURE.
#include <algorithm>
#include <cstdio>

#include "parser/postgres/failure.hpp"
#include "parser/postgres/quote.hpp"
#include "parser/postgres/schema_builder.hpp"
#include "parser/postgres/statement_tree.hpp"

namespace schemac::pg {
namespace {

ArgumentMode argument_mode(std::string_view mode) {
  if (mode == "FUNC_PARAM_OUT") return ArgumentMode::Out;
  if (mode == "FUNC_PARAM_INOUT") return ArgumentMode::InOut;
  if (mode == "FUNC_PARAM_VARIADIC") return ArgumentMode::Variadic;
  if (mode == "FUNC_PARAM_TABLE") return ArgumentMode::Table;
  return ArgumentMode::In;
}

double number_of(Node value) {
  if (value.is("Integer")) return static_cast<double>(integer(value.fields, "ival"));
  if (value.is("Float")) return std::stod(std::string(str(value.fields, "fval")));
  throw ParseFailure{-1, "expected a number"};
}

// The value of SET name = value(s) as SQL text: strings quoted, numbers bare,
// which is also how the server prints them back.
std::string setting_value(object set) {
  std::string out;
  for (element arg : list(set, "args")) {
    const object constant = Node::of(arg).fields;
    if (!out.empty()) out += ", ";
    if (auto s = object_field(constant, "sval")) out += quote_literal(str(*s, "sval"));
    else if (auto i = object_field(constant, "ival")) out += std::to_string(integer(*i, "ival"));
    else if (auto f = object_field(constant, "fval")) out += std::string(str(*f, "fval"));
    else if (auto b = object_field(constant, "boolval")) out += boolean(*b, "boolval") ? "true" : "false";
    else throw ParseFailure{location(constant), "unsupported value in SET"};
  }
  return out;
}

}  // namespace

Function* SchemaBuilder::find_function(const QualifiedName& name, const std::string& signature) {
  auto it = std::find_if(schema_.functions.begin(), schema_.functions.end(),
                         [&](const Function& f) { return f.name == name && f.signature() == signature; });
  return it == schema_.functions.end() ? nullptr : &*it;
}

void SchemaBuilder::create_function(object stmt) {
  Function function;
  function.name = qualify_list(list(stmt, "funcname"));
  require_namespace(function.name.schema, -1);
  function.procedure = boolean(stmt, "is_procedure");
  function.where = statement_position();
  if (has(stmt, "sql_body")) {
    StatementTree tree(statement_text_);
    QueryText body = tree.function_body([&](std::string_view name) { return relation_schema(name); },
                                        [&](std::string_view name) { return function_schema(name); });
    function.body = std::move(body.text);
    function.reads = std::move(body.relations);
    function.standard_body = true;
    function.language = "sql";
  }

  for (element parameter : list(stmt, "parameters")) {
    const object p = Node::of(parameter).fields;
    FunctionArgument argument;
    argument.mode = argument_mode(str(p, "mode"));
    argument.name = std::string(str(p, "name"));
    argument.type = type_of(required_object(p, "argType"));
    if (auto value = field(p, "defexpr")) argument.default_value = expression(*value);
    function.arguments.push_back(std::move(argument));
  }
  const bool returns_table = std::any_of(function.arguments.begin(), function.arguments.end(),
                                         [](const FunctionArgument& a) { return a.mode == ArgumentMode::Table; });
  if (auto type = object_field(stmt, "returnType")) {
    function.returns_set = boolean(*type, "setof");
    if (!returns_table) function.returns = canonical_type(*type, type_resolver_, true);
  }
  if (!function.procedure && function.returns.empty() && !returns_table) {
    // Without RETURNS the OUT arguments decide: one gives its type, more a record.
    std::vector<const FunctionArgument*> outputs;
    for (const FunctionArgument& a : function.arguments)
      if (a.mode == ArgumentMode::Out || a.mode == ArgumentMode::InOut) outputs.push_back(&a);
    if (outputs.empty()) throw ParseFailure{-1, "function result type must be specified"};
    function.returns = outputs.size() == 1 ? outputs[0]->type : "record";
  }

  bool cost_given = false, rows_given = false, body_given = function.standard_body;
  for (element option : list(stmt, "options")) {
    const object def = Node::of(option).fields;
    const std::string_view name = str(def, "defname");
    const Node arg = required_node(def, "arg");
    if (name == "as") {
      List parts = list(arg.fields, "items");
      function.body = std::string(string_value(parts[0]));
      body_given = true;
      if (parts.size() > 1) function.link_symbol = std::string(string_value(parts[1]));
    } else if (name == "language") {
      function.language = std::string(str(arg.fields, "sval"));
      std::transform(function.language.begin(), function.language.end(), function.language.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    } else if (name == "volatility") {
      function.volatility = str(arg.fields, "sval").front();
    } else if (name == "strict") {
      function.strict = boolean(arg.fields, "boolval");
    } else if (name == "security") {
      function.security_definer = boolean(arg.fields, "boolval");
    } else if (name == "leakproof") {
      function.leakproof = boolean(arg.fields, "boolval");
    } else if (name == "parallel") {
      function.parallel = str(arg.fields, "sval").front();
    } else if (name == "cost") {
      function.cost = number_of(arg), cost_given = true;
    } else if (name == "rows") {
      function.rows = number_of(arg), rows_given = true;
    } else if (name == "set") {
      if (str(arg.fields, "kind") != "VAR_SET_VALUE")
        throw ParseFailure{location(def), "SET ... FROM CURRENT and RESET in functions are not supported yet", {}, true};
      const std::string setting(str(arg.fields, "name"));
      std::erase_if(function.settings, [&](const auto& s) { return s.first == setting; });
      function.settings.emplace_back(setting, setting_value(arg.fields));
    } else {
      throw ParseFailure{location(def), "function option " + std::string(name) + " is not supported yet", {}, true};
    }
  }
  if (function.language.empty()) throw ParseFailure{-1, "no language specified"};
  if (!body_given) throw ParseFailure{-1, "no function body specified"};
  if (!cost_given) function.cost = function.language == "c" || function.language == "internal" ? 1 : 100;
  if (!rows_given) function.rows = function.returns_set ? 1000 : 0;
  if (function.returns_set) function.returns = function.returns.empty() ? "" : "SETOF " + function.returns;

  if (Function* existing = find_function(function.name, function.signature())) {
    if (!boolean(stmt, "replace"))
      throw ParseFailure{-1, std::string(function.procedure ? "procedure " : "function ") + to_string(function.name) + "(" +
                                 function.signature() + ") already exists with same argument types"};
    function.comment = existing->comment;
    *existing = std::move(function);
    return;
  }
  note_routine(function.name);
  reset_privileges(function.procedure ? Privilege::On::Procedure : Privilege::On::Function, function.name, function.signature());
  schema_.functions.push_back(std::move(function));
}

// The function an ObjectWithArgs names (DROP FUNCTION f(int), COMMENT ON FUNCTION f):
// without an argument list, the one function of that name.
Function* SchemaBuilder::function_named(object with_args, bool missing_ok) {
  const QualifiedName name = qualify_list(list(with_args, "objname"));
  if (!boolean(with_args, "args_unspecified")) {
    std::string signature;
    for (element arg : list(with_args, "objargs")) {
      if (!signature.empty()) signature += ", ";
      signature += type_of(Node::of(arg).fields);
    }
    if (Function* found = find_function(name, signature)) return found;
    if (missing_ok) return nullptr;
    throw ParseFailure{-1, "function " + to_string(name) + "(" + signature + ") does not exist"};
  }
  Function* found = nullptr;
  for (Function& function : schema_.functions) {
    if (function.name != name) continue;
    if (found) throw ParseFailure{-1, "function name \"" + to_string(name) + "\" is not unique", "name it with its argument types"};
    found = &function;
  }
  if (!found && !missing_ok) throw ParseFailure{-1, "function " + to_string(name) + " does not exist"};
  return found;
}

// Ownership is deliberately not part of the model; the object must exist.
void SchemaBuilder::change_owner(object stmt) {
  const std::string_view kind = str(stmt, "objectType");
  const Node target = Node::of(required_field(stmt, "object"));
  const object role = required_object(stmt, "newowner");
  if (kind == "OBJECT_FUNCTION" || kind == "OBJECT_PROCEDURE" || kind == "OBJECT_ROUTINE") {
    const Function* function = function_named(target.fields, false);
    return set_owner(function->procedure ? Privilege::On::Procedure : Privilege::On::Function, function->name,
                     function->signature(), role);
  }
  if (kind == "OBJECT_SCHEMA") {
    const std::string name(str(target.fields, "sval"));
    require_namespace(name, -1);
    return set_owner(Privilege::On::Schema, {"", name}, {}, role);
  }
  if (kind == "OBJECT_TYPE" || kind == "OBJECT_DOMAIN") {
    const QualifiedName name = qualify_list(target.is("List") ? list(target.fields, "items") : list(target.fields, "names"));
    if (!resolve_type(name.schema, name.name)) throw ParseFailure{-1, "type \"" + to_string(name) + "\" does not exist"};
    return set_owner(Privilege::On::Type, name, {}, role);
  }
  // Objects whose owner is not modelled even with --owners (pg_dump writes
  // OWNER TO for each of them).
  static constexpr std::string_view kIgnored[] = {"OBJECT_COLLATION", "OBJECT_OPERATOR", "OBJECT_AGGREGATE",
                                                  "OBJECT_TSDICTIONARY", "OBJECT_TSCONFIGURATION", "OBJECT_CONVERSION",
                                                  "OBJECT_OPCLASS", "OBJECT_OPFAMILY", "OBJECT_LANGUAGE"};
  if (std::find(std::begin(kIgnored), std::end(kIgnored), kind) != std::end(kIgnored)) return;
  throw ParseFailure{-1, "ALTER " + std::string(kind.substr(7)) + " ... OWNER TO is not supported yet", {}, true};
}

void SchemaBuilder::drop_function(object with_args, bool missing_ok) {
  const Function* function = function_named(with_args, missing_ok);
  if (!function) return warn(-1, "function " + to_string(qualify_list(list(with_args, "objname"))) + " does not exist, skipping");
  forget_routine(function->name);
  std::erase_if(schema_.functions, [&](const Function& f) { return &f == function; });
}

}  // namespace schemac::pg
