#include "parser/postgres/expressions.hpp"

#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/ascii_case.hpp"
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

  std::vector<QualifiedName> calls() const { return {calls_.begin(), calls_.end()}; }

  std::string write(element e, Slot slot) {
    Node n = Node::of(e);
    // A bit string is written as a cast ('1010'::"bit"), and parenthesised like one.
    if (n.is("A_Const"))
      return tight_wrap(constant(n.fields), slot, is_negative_constant(n.fields) || has(n.fields, "bsval"));
    if (n.is("ColumnRef")) return column_ref(n.fields);
    if (n.is("ParamRef")) return "$" + std::to_string(integer(n.fields, "number"));
    if (n.is("FuncCall")) {
      if (auto sql_syntax = sql_syntax_call(n.fields, slot)) return *sql_syntax;
      return function_call(n.fields);
    }
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
    if (auto bs = object_field(c, "bsval")) return bit_string(str(*bs, "bsval"), location(c));
    throw ParseFailure{location(c), "unrecognised constant"};
  }

  // B'1010' and X'FF' as the server keeps them: '1010'::"bit",
  // '11111111'::"bit" (a bit string of its own length, any length).
  static std::string bit_string(std::string_view literal, std::int64_t loc) {  // "b101" or "xff"
    std::string bits;
    if (!literal.empty() && literal[0] == 'x') {
      for (char digit : literal.substr(1)) {
        const int value = std::isdigit(static_cast<unsigned char>(digit)) ? digit - '0'
                          : std::isxdigit(static_cast<unsigned char>(digit)) ? std::tolower(static_cast<unsigned char>(digit)) - 'a' + 10
                                                                            : -1;
        if (value < 0) throw ParseFailure{loc, "\"" + std::string(1, digit) + "\" is not a valid hexadecimal digit"};
        for (int bit = 3; bit >= 0; --bit) bits += ((value >> bit) & 1) ? '1' : '0';
      }
    } else {
      bits = literal.substr(1);
      if (bits.find_first_not_of("01") != std::string::npos)
        throw ParseFailure{loc, "\"" + std::string(1, bits[bits.find_first_not_of("01")]) + "\" is not a valid binary digit"};
    }
    return quote_literal(bits) + "::\"bit\"";
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

  // Calls the grammar makes from SQL syntax (x AT TIME ZONE z, EXTRACT(f
  // FROM x), (a, b) OVERLAPS (c, d), ...) are written back in that syntax:
  // the server keeps the form (funcformat) and prints the two differently,
  // so an explicit pg_catalog.timezone(z, x) would never match the file again.
  std::optional<std::string> sql_syntax_call(object call, Slot slot) {
    if (str(call, "funcformat") != "COERCE_SQL_SYNTAX") return std::nullopt;
    List name = list(call, "funcname");
    if (name.size() != 2 || string_value(name[0]) != "pg_catalog") return std::nullopt;
    const std::string_view function = string_value(name[1]);
    std::vector<element> args;
    for (element arg : list(call, "args")) args.push_back(arg);
    auto arg = [&](std::size_t i, Slot s = Slot::Top) { return write(args[i], s); };
    auto bare_word = [&](std::size_t i) -> std::optional<std::string> {  // EXTRACT(year ...), NORMALIZE(x, NFC)
      Node n = Node::of(args[i]);
      if (!n.is("A_Const")) return std::nullopt;
      auto s = object_field(n.fields, "sval");
      if (!s || !is_plain_lowercase(ascii_lower(str(*s, "sval")))) return std::nullopt;
      return std::string(str(*s, "sval"));
    };
    const std::size_t n = args.size();
    if (function == "timezone" && n == 2) return wrap(arg(1, Slot::Operand) + " AT TIME ZONE " + arg(0, Slot::Operand), slot != Slot::Top);
    if (function == "overlaps" && n == 4)
      return wrap("(" + arg(0) + ", " + arg(1) + ") OVERLAPS (" + arg(2) + ", " + arg(3) + ")", slot != Slot::Top);
    if (function == "extract" && n == 2)
      if (auto field_name = bare_word(0)) return "EXTRACT(" + *field_name + " FROM " + arg(1) + ")";
    if (function == "position" && n == 2) return "POSITION(" + arg(1, Slot::Operand) + " IN " + arg(0, Slot::Operand) + ")";
    if (function == "pg_collation_for" && n == 1) return "COLLATION FOR (" + arg(0) + ")";
    if ((function == "btrim" || function == "ltrim" || function == "rtrim") && (n == 1 || n == 2)) {
      const char* where = function == "btrim" ? "BOTH" : function == "ltrim" ? "LEADING" : "TRAILING";
      return std::string("TRIM(") + where + (n == 2 ? " " + arg(1) : std::string()) + " FROM " + arg(0) + ")";
    }
    if (function == "overlay" && (n == 3 || n == 4))
      return "OVERLAY(" + arg(0) + " PLACING " + arg(1) + " FROM " + arg(2) + (n == 4 ? " FOR " + arg(3) : std::string()) + ")";
    if (function == "substring" && n == 2) return "SUBSTRING(" + arg(0) + " FROM " + arg(1) + ")";
    if (function == "substring" && n == 3)
      return "SUBSTRING(" + arg(0) + (similar_form(call) ? " SIMILAR " : " FROM ") + arg(1) +
             (similar_form(call) ? " ESCAPE " : " FOR ") + arg(2) + ")";
    if (function == "normalize" && (n == 1 || n == 2)) {
      if (n == 1) return "NORMALIZE(" + arg(0) + ")";
      if (auto form = bare_word(1)) return "NORMALIZE(" + arg(0) + ", " + *form + ")";
    }
    if (function == "is_normalized" && (n == 1 || n == 2)) {
      if (n == 1) return wrap(arg(0, Slot::Operand) + " IS NORMALIZED", slot != Slot::Top);
      if (auto form = bare_word(1)) return wrap(arg(0, Slot::Operand) + " IS " + *form + " NORMALIZED", slot != Slot::Top);
    }
    return std::nullopt;
  }

  // SUBSTRING(x SIMILAR p ESCAPE e) and SUBSTRING(x FROM a FOR b) make the
  // same three-argument call; only the words written tell them apart.
  bool similar_form(object call) const {
    const auto at = location(call);
    if (at < 0 || static_cast<std::size_t>(at) >= source_.size()) return false;
    int depth = 0;
    for (std::size_t i = static_cast<std::size_t>(at); i < source_.size(); ++i) {
      const char c = source_[i];
      if (c == '\'') {
        i = source_.find('\'', i + 1);
        if (i == std::string_view::npos) return false;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')') {
        if (--depth == 0) return false;
      } else if (depth == 1 && (c == 's' || c == 'S') && (i == 0 || !std::isalnum(static_cast<unsigned char>(source_[i - 1])))) {
        if (ascii_lower(source_.substr(i, 7)) == "similar" &&
            (i + 7 >= source_.size() || !std::isalnum(static_cast<unsigned char>(source_[i + 7]))))
          return true;
      }
    }
    return false;
  }

  std::string function_call(object call) {
    const auto loc = location(call);
    if (has(call, "agg_order") || has(call, "agg_filter") || has(call, "over") || boolean(call, "agg_within_group"))
      throw ParseFailure{loc, "aggregate and window syntax is not supported in this position", {}, true};
    if (auto sequence = nextval_sequence(call)) return "nextval(" + quote_literal(quote_qualified(*sequence)) + "::regclass)";
    // A call to a user function is qualified, so it means the same under any search_path.
    List name = list(call, "funcname");
    std::string out;
    if (name.size() == 1) {
      if (auto schema = qualify_function_(string_value(name[0]))) {
        out = quote_ident(*schema) + ".";
        calls_.insert(QualifiedName{*schema, std::string(string_value(name[0]))});
      }
    } else if (name.size() == 2 && string_value(name[0]) != "pg_catalog") {
      calls_.insert(QualifiedName{std::string(string_value(name[0])), std::string(string_value(name[1]))});
    }
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
  std::set<QualifiedName> calls_;  // user functions called, for ordering
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

// x AT TIME ZONE z, (a, b) OVERLAPS (c, d) and x IS NORMALIZED read as operators, not calls.
bool written_as_operator(object call) {
  if (str(call, "funcformat") != "COERCE_SQL_SYNTAX") return false;
  List name = list(call, "funcname");
  if (name.size() != 2) return false;
  const std::string_view function = string_value(name[1]);
  return function == "timezone" || function == "overlaps" || function == "is_normalized";
}

Expr write_expression(element node, const ExpressionContext& context) {
  ExpressionWriter writer(context);
  Expr expr;
  expr.text = writer.write(node, Slot::Top);
  expr.calls = writer.calls();
  const Node n = Node::of(node);
  // Composite expressions need parentheses where the grammar takes only a
  // restricted expression (column DEFAULT, index key): remember which.
  expr.atomic = !(n.is("A_Expr") || n.is("BoolExpr") || n.is("NullTest") || n.is("BooleanTest") ||
                  n.is("CollateClause") || (n.is("FuncCall") && written_as_operator(n.fields)));
  return expr;
}

}  // namespace schemac::pg
