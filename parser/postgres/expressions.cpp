#include "parser/postgres/expressions.hpp"

#include <optional>
#include <string>
#include <vector>

#include "parser/postgres/failure.hpp"
#include "parser/postgres/quote.hpp"

namespace schemac::pg {
namespace {

bool is_plain_lowercase(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return !(s[0] >= '0' && s[0] <= '9');
}

std::string quote_after_dot(std::string_view part) {
  return is_plain_lowercase(part) ? std::string(part) : quote_ident(part);
}

// Where a sub-expression sits decides whether it needs parentheses.
enum class Slot {
  Top,      // the whole expression, a function argument, a list element
  Operand,  // operand of an operator: composite expressions are parenthesised
  Tight,    // before `::`, `[i]`, `.field`: anything but a name or call is parenthesised
};

class ExpressionWriter {
 public:
  explicit ExpressionWriter(const ExpressionContext& context)
      : resolve_type_(context.resolve_type),
        qualify_relation_(context.qualify_relation),
        qualify_function_(context.qualify_function),
        source_(context.source) {}

  std::string write(element e, Slot slot) {
    Node n = Node::of(e);
    if (n.is("A_Const")) return tight_wrap(constant(n.fields), slot, is_negative_constant(n.fields));
    if (n.is("ColumnRef")) return column_ref(n.fields);
    if (n.is("ParamRef")) return "$" + std::to_string(integer(n.fields, "number"));
    if (n.is("FuncCall")) return function_call(n.fields);
    if (n.is("TypeCast")) return wrap(write(required_field(n.fields, "arg"), Slot::Tight) + "::" + type(n.fields), slot == Slot::Tight);
    if (n.is("A_Expr")) return wrap(operator_expression(n.fields), slot != Slot::Top);
    if (n.is("BoolExpr")) return wrap(bool_expression(n.fields), slot != Slot::Top);
    if (n.is("NullTest")) return wrap(null_test(n.fields), slot != Slot::Top);
    if (n.is("BooleanTest")) return wrap(boolean_test(n.fields), slot != Slot::Top);
    if (n.is("CollateClause"))
      return wrap(write(required_field(n.fields, "arg"), Slot::Operand) + " COLLATE " + write_collation(list(n.fields, "collname")),
                  slot != Slot::Top);
    if (n.is("CaseExpr")) return case_expression(n.fields);
    if (n.is("CoalesceExpr")) return "COALESCE(" + comma_list(list(n.fields, "args")) + ")";
    if (n.is("MinMaxExpr"))
      return std::string(str(n.fields, "op") == "IS_GREATEST" ? "GREATEST(" : "LEAST(") + comma_list(list(n.fields, "args")) + ")";
    if (n.is("NullIfExpr")) return "NULLIF(" + comma_list(list(n.fields, "args")) + ")";
    if (n.is("SQLValueFunction")) return value_function(n.fields);
    if (n.is("A_ArrayExpr")) return "ARRAY[" + comma_list(list(n.fields, "elements")) + "]";
    if (n.is("RowExpr")) return "ROW(" + comma_list(list(n.fields, "args")) + ")";
    if (n.is("A_Indirection")) return indirection(n.fields);
    if (n.is("NamedArgExpr")) return quote_ident(str(n.fields, "name")) + " => " + write(required_field(n.fields, "arg"), Slot::Top);
    if (n.is("SetToDefault")) return "DEFAULT";
    throw ParseFailure{location(n.fields), "expressions of kind " + std::string(n.tag) + " are not supported yet", {}, true};
  }

 private:
  static std::string wrap(std::string text, bool parenthesise) { return parenthesise ? "(" + text + ")" : text; }
  static std::string tight_wrap(std::string text, Slot slot, bool negative) {
    return wrap(std::move(text), negative && slot == Slot::Tight);
  }

  bool is_negative_constant(object c) const {
    if (auto f = object_field(c, "fval")) return str(*f, "fval").starts_with("-");
    if (auto i = object_field(c, "ival")) return int_constant(c, *i) < 0;
    return false;
  }

  std::int64_t int_constant(object c, object ival) const {
    if (has(ival, "ival")) return integer(ival, "ival");
    return integer_in_source(source_, location(c)).value_or(0);
  }

  std::string type(object cast) { return canonical_type(required_object(cast, "typeName"), resolve_type_); }

  std::string constant(object c) const {
    if (boolean(c, "isnull")) return "NULL";
    if (auto i = object_field(c, "ival")) return std::to_string(int_constant(c, *i));
    if (auto f = object_field(c, "fval")) return std::string(str(*f, "fval"));
    if (auto s = object_field(c, "sval")) return quote_literal(str(*s, "sval"));
    if (auto b = object_field(c, "boolval")) return boolean(*b, "boolval") ? "true" : "false";
    if (auto bs = object_field(c, "bsval")) {
      std::string_view bits = str(*bs, "bsval");  // "b101" or "xff"
      return std::string(bits.substr(0, 1) == "x" ? "X" : "B") + quote_literal(bits.substr(1));
    }
    throw ParseFailure{location(c), "unrecognised constant"};
  }

  std::string column_ref(object ref) {
    std::string out;
    bool first = true;
    for (element part : list(ref, "fields")) {
      if (!first) out += '.';
      Node p = Node::of(part);
      if (p.is("A_Star")) out += '*';
      else out += first ? quote_ident(str(p.fields, "sval")) : quote_after_dot(str(p.fields, "sval"));
      first = false;
    }
    return out;
  }

  std::string comma_list(List items) {
    std::string out;
    for (element item : items) {
      if (!out.empty()) out += ", ";
      out += write(item, Slot::Top);
    }
    return out;
  }

  std::string function_call(object call) {
    const auto loc = location(call);
    if (has(call, "agg_order") || has(call, "agg_filter") || has(call, "over") || boolean(call, "agg_within_group"))
      throw ParseFailure{loc, "aggregate and window syntax is not supported in this position", {}, true};
    if (auto sequence = nextval_sequence(call)) return "nextval(" + quote_literal(quote_qualified(*sequence)) + "::regclass)";
    // A call to a user function is qualified, so it means the same under any search_path.
    List name = list(call, "funcname");
    std::string out;
    if (name.size() == 1)
      if (auto schema = qualify_function_(string_value(name[0]))) out = quote_ident(*schema) + ".";
    out += write_dotted_name(name) + "(";
    if (boolean(call, "agg_star")) return out + "*)";
    if (boolean(call, "agg_distinct")) out += "DISTINCT ";
    List args = list(call, "args");
    std::size_t i = 0;
    for (element arg : args) {
      if (i) out += ", ";
      if (boolean(call, "func_variadic") && i + 1 == args.size()) out += "VARIADIC ";
      out += write(arg, Slot::Top);
      ++i;
    }
    return out + ")";
  }

  // nextval('seq'), nextval('public.seq'::regclass) and pg_catalog.nextval(...)
  // all name one sequence; the server stores the regclass, so compare that.
  std::optional<QualifiedName> nextval_sequence(object call) {
    List name = list(call, "funcname");
    const bool is_nextval = (name.size() == 1 || (name.size() == 2 && string_value(name[0]) == "pg_catalog")) &&
                            string_value(name[name.size() - 1]) == "nextval";
    List args = list(call, "args");
    if (!is_nextval || args.size() != 1) return std::nullopt;
    Node arg = Node::of(args[0]);
    if (arg.is("TypeCast")) {
      List type_names = list(required_object(arg.fields, "typeName"), "names");
      if (string_value(type_names[type_names.size() - 1]) != "regclass") return std::nullopt;
      arg = Node::of(required_field(arg.fields, "arg"));
    }
    if (!arg.is("A_Const")) return std::nullopt;
    auto text = object_field(arg.fields, "sval");
    if (!text) return std::nullopt;
    auto parts = split_qualified_name(str(*text, "sval"));
    if (parts.empty() || parts.size() > 2) return std::nullopt;
    return parts.size() == 1 ? qualify_relation_({}, parts[0]) : qualify_relation_(parts[0], parts[1]);
  }

  // The server's rules for a name inside a string ('"My Seq"', 'public.s'):
  // dots separate parts, double quotes keep case, other letters fold to lower case.
  static std::vector<std::string> split_qualified_name(std::string_view text) {
    std::vector<std::string> parts;
    std::string current;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (quoted) {
        if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') current += '"', ++i;
        else if (c == '"') quoted = false;
        else current += c;
      } else if (c == '"') {
        quoted = any = true;
      } else if (c == '.') {
        parts.push_back(current);
        current.clear();
        any = false;
      } else if (c != ' ') {
        current += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        any = true;
      }
    }
    if (any) parts.push_back(current);
    return parts;
  }

  std::string operator_name(object expr) {
    List name = list(expr, "name");
    if (name.size() == 1) return std::string(string_value(name[0]));
    return "OPERATOR(" + write_dotted_name(name) + ")";
  }

  std::string operand(object expr, std::string_view key) { return write(required_field(expr, key), Slot::Operand); }

  std::string two_items(object expr, std::string_view joiner) {
    Node pair = required_node(expr, "rexpr");
    List items = list(pair.fields, "items");
    return write(items[0], Slot::Operand) + std::string(joiner) + write(items[1], Slot::Operand);
  }

  std::string operator_expression(object expr) {
    const std::string_view kind = str(expr, "kind");
    const std::string op = operator_name(expr);
    if (kind == "AEXPR_OP") {
      if (!has(expr, "lexpr")) return op + (op == "-" || op == "+" ? "" : " ") + operand(expr, "rexpr");
      if (!has(expr, "rexpr")) return operand(expr, "lexpr") + " " + op;
      return operand(expr, "lexpr") + " " + op + " " + operand(expr, "rexpr");
    }
    if (kind == "AEXPR_OP_ANY") return operand(expr, "lexpr") + " " + op + " ANY (" + write(required_field(expr, "rexpr"), Slot::Top) + ")";
    if (kind == "AEXPR_OP_ALL") return operand(expr, "lexpr") + " " + op + " ALL (" + write(required_field(expr, "rexpr"), Slot::Top) + ")";
    if (kind == "AEXPR_DISTINCT") return operand(expr, "lexpr") + " IS DISTINCT FROM " + operand(expr, "rexpr");
    if (kind == "AEXPR_NOT_DISTINCT") return operand(expr, "lexpr") + " IS NOT DISTINCT FROM " + operand(expr, "rexpr");
    if (kind == "AEXPR_NULLIF")
      return "NULLIF(" + write(required_field(expr, "lexpr"), Slot::Top) + ", " + write(required_field(expr, "rexpr"), Slot::Top) + ")";
    if (kind == "AEXPR_IN") {
      Node items = required_node(expr, "rexpr");
      return operand(expr, "lexpr") + (op == "=" ? " IN (" : " NOT IN (") + comma_list(list(items.fields, "items")) + ")";
    }
    if (kind == "AEXPR_LIKE" || kind == "AEXPR_ILIKE") {
      const bool negated = op.starts_with("!");
      const char* word = kind == "AEXPR_LIKE" ? "LIKE " : "ILIKE ";
      return operand(expr, "lexpr") + (negated ? " NOT " : " ") + word + pattern_with_escape(expr, "like_escape");
    }
    if (kind == "AEXPR_SIMILAR")
      return operand(expr, "lexpr") + (op == "!~" ? " NOT SIMILAR TO " : " SIMILAR TO ") +
             pattern_with_escape(expr, "similar_to_escape");
    if (kind == "AEXPR_BETWEEN") return operand(expr, "lexpr") + " BETWEEN " + two_items(expr, " AND ");
    if (kind == "AEXPR_NOT_BETWEEN") return operand(expr, "lexpr") + " NOT BETWEEN " + two_items(expr, " AND ");
    if (kind == "AEXPR_BETWEEN_SYM") return operand(expr, "lexpr") + " BETWEEN SYMMETRIC " + two_items(expr, " AND ");
    if (kind == "AEXPR_NOT_BETWEEN_SYM")
      return operand(expr, "lexpr") + " NOT BETWEEN SYMMETRIC " + two_items(expr, " AND ");
    throw ParseFailure{location(expr), "operator expressions of kind " + std::string(kind) + " are not supported yet", {}, true};
  }

  // LIKE ... ESCAPE and SIMILAR TO arrive with the pattern wrapped in a
  // helper call the grammar adds; print the SQL syntax so it parses back alike.
  std::string pattern_with_escape(object expr, std::string_view helper) {
    Node pattern = required_node(expr, "rexpr");
    if (pattern.is("FuncCall")) {
      List name = list(pattern.fields, "funcname");
      if (name.size() == 2 && string_value(name[0]) == "pg_catalog" && string_value(name[1]) == helper) {
        List args = list(pattern.fields, "args");
        if (args.empty()) return "NULL";
        std::string out = write(args[0], Slot::Operand);
        if (args.size() > 1) out += " ESCAPE " + write(args[1], Slot::Operand);
        return out;
      }
    }
    return operand(expr, "rexpr");
  }

  std::string bool_expression(object expr) {
    const std::string_view op = str(expr, "boolop");
    List args = list(expr, "args");
    if (op == "NOT_EXPR") return "NOT " + write(args[0], Slot::Operand);
    const char* joiner = op == "AND_EXPR" ? " AND " : " OR ";
    std::string out;
    for (element arg : args) {
      if (!out.empty()) out += joiner;
      out += write(arg, Slot::Operand);
    }
    return out;
  }

  std::string null_test(object test) {
    return write(required_field(test, "arg"), Slot::Operand) +
           (str(test, "nulltesttype") == "IS_NULL" ? " IS NULL" : " IS NOT NULL");
  }

  std::string boolean_test(object test) {
    const std::string_view kind = str(test, "booltesttype");
    std::string suffix = kind == "IS_TRUE" ? " IS TRUE" : kind == "IS_NOT_TRUE" ? " IS NOT TRUE"
                        : kind == "IS_FALSE" ? " IS FALSE" : kind == "IS_NOT_FALSE" ? " IS NOT FALSE"
                        : kind == "IS_UNKNOWN" ? " IS UNKNOWN" : " IS NOT UNKNOWN";
    return write(required_field(test, "arg"), Slot::Operand) + suffix;
  }

  std::string case_expression(object expr) {
    std::string out = "CASE";
    if (auto arg = field(expr, "arg")) out += " " + write(*arg, Slot::Top);
    for (element when : list(expr, "args")) {
      Node w = Node::of(when);
      out += " WHEN " + write(required_field(w.fields, "expr"), Slot::Top) + " THEN " + write(required_field(w.fields, "result"), Slot::Top);
    }
    if (auto otherwise = field(expr, "defresult")) out += " ELSE " + write(*otherwise, Slot::Top);
    return out + " END";
  }

  static std::string value_function(object fn) {
    const std::string_view op = str(fn, "op");
    const std::int64_t precision = integer(fn, "typmod");
    auto with_precision = [&](std::string name) {
      return op.ends_with("_N") ? name + "(" + std::to_string(precision) + ")" : name;
    };
    if (op.starts_with("SVFOP_CURRENT_DATE")) return "CURRENT_DATE";
    if (op.starts_with("SVFOP_CURRENT_TIMESTAMP")) return with_precision("CURRENT_TIMESTAMP");
    if (op.starts_with("SVFOP_CURRENT_TIME")) return with_precision("CURRENT_TIME");
    if (op.starts_with("SVFOP_LOCALTIMESTAMP")) return with_precision("LOCALTIMESTAMP");
    if (op.starts_with("SVFOP_LOCALTIME")) return with_precision("LOCALTIME");
    if (op == "SVFOP_CURRENT_ROLE") return "CURRENT_ROLE";
    if (op == "SVFOP_CURRENT_USER") return "CURRENT_USER";
    if (op == "SVFOP_USER") return "USER";
    if (op == "SVFOP_SESSION_USER") return "SESSION_USER";
    if (op == "SVFOP_CURRENT_CATALOG") return "CURRENT_CATALOG";
    if (op == "SVFOP_CURRENT_SCHEMA") return "CURRENT_SCHEMA";
    throw ParseFailure{location(fn), "unrecognised SQL value function " + std::string(op)};
  }

  std::string indirection(object expr) {
    std::string out = write(required_field(expr, "arg"), Slot::Tight);
    if (Node::of(required_field(expr, "arg")).is("ColumnRef") == false && out.front() != '(') out = "(" + out + ")";
    for (element step : list(expr, "indirection")) {
      Node s = Node::of(step);
      if (s.is("String")) {
        out += "." + quote_after_dot(str(s.fields, "sval"));
      } else if (s.is("A_Star")) {
        out += ".*";
      } else {  // A_Indices
        out += "[";
        if (auto lower = field(s.fields, "lidx")) out += write(*lower, Slot::Top);
        if (boolean(s.fields, "is_slice")) out += ":";
        if (auto upper = field(s.fields, "uidx")) out += write(*upper, Slot::Top);
        out += "]";
      }
    }
    return out;
  }

  const TypeResolver& resolve_type_;
  const RelationQualifier& qualify_relation_;
  const FunctionQualifier& qualify_function_;
  std::string_view source_;
};

}  // namespace

std::string write_dotted_name(List parts) {
  std::string out;
  bool first = true;
  for (element part : parts) {
    if (!first) out += '.';
    out += first ? quote_ident(string_value(part)) : quote_after_dot(string_value(part));
    first = false;
  }
  return out;
}

std::string write_collation(List parts) {
  if (parts.size() == 2 && string_value(parts[0]) == "pg_catalog") return quote_ident(string_value(parts[1]));
  return write_dotted_name(parts);
}

Expr write_expression(element node, const ExpressionContext& context) {
  ExpressionWriter writer(context);
  Expr expr;
  expr.text = writer.write(node, Slot::Top);
  const Node n = Node::of(node);
  // Composite expressions need parentheses where the grammar takes only a
  // restricted expression (column DEFAULT, index key): remember which.
  expr.atomic = !(n.is("A_Expr") || n.is("BoolExpr") || n.is("NullTest") || n.is("BooleanTest") ||
                  n.is("CollateClause"));
  return expr;
}

}  // namespace schemac::pg
