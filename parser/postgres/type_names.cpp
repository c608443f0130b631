#include "parser/postgres/type_names.hpp"

#include <array>
#include <unordered_map>
#include <vector>

#include "parser/postgres/failure.hpp"
#include "parser/postgres/quote.hpp"

namespace schemac::pg {
namespace {

// Internal and SQL names of built-in types -> the name format_type prints.
// Types with modifiers (varchar, numeric, timestamp, ...) are handled in code.
const std::unordered_map<std::string_view, std::string_view>& builtin_names() {
  static const std::unordered_map<std::string_view, std::string_view> names = {
      {"int2", "smallint"}, {"smallint", "smallint"}, {"int4", "integer"}, {"int", "integer"},
      {"integer", "integer"}, {"int8", "bigint"}, {"bigint", "bigint"}, {"float4", "real"},
      {"real", "real"}, {"float8", "double precision"}, {"bool", "boolean"}, {"boolean", "boolean"},
      {"text", "text"}, {"bytea", "bytea"}, {"date", "date"}, {"uuid", "uuid"}, {"json", "json"},
      {"jsonb", "jsonb"}, {"jsonpath", "jsonpath"}, {"xml", "xml"}, {"inet", "inet"}, {"cidr", "cidr"},
      {"macaddr", "macaddr"}, {"macaddr8", "macaddr8"}, {"money", "money"}, {"tsvector", "tsvector"},
      {"tsquery", "tsquery"}, {"oid", "oid"}, {"regclass", "regclass"}, {"regtype", "regtype"},
      {"regproc", "regproc"}, {"regprocedure", "regprocedure"}, {"regconfig", "regconfig"},
      {"point", "point"}, {"line", "line"}, {"lseg", "lseg"}, {"box", "box"}, {"path", "path"},
      {"polygon", "polygon"}, {"circle", "circle"}, {"int4range", "int4range"},
      {"int8range", "int8range"}, {"numrange", "numrange"}, {"tsrange", "tsrange"},
      {"tstzrange", "tstzrange"}, {"daterange", "daterange"}, {"int4multirange", "int4multirange"},
      {"int8multirange", "int8multirange"}, {"nummultirange", "nummultirange"},
      {"tsmultirange", "tsmultirange"}, {"tstzmultirange", "tstzmultirange"},
      {"datemultirange", "datemultirange"}, {"pg_lsn", "pg_lsn"}, {"txid_snapshot", "txid_snapshot"},
      {"pg_snapshot", "pg_snapshot"}, {"name", "name"}, {"char", "\"char\""}, {"xid", "xid"},
      {"xid8", "xid8"}, {"cid", "cid"}, {"tid", "tid"}, {"regnamespace", "regnamespace"},
      {"regrole", "regrole"}, {"regoper", "regoper"}, {"regoperator", "regoperator"},
      {"regdictionary", "regdictionary"}, {"regcollation", "regcollation"}, {"record", "record"},
      {"numeric", "numeric"}, {"decimal", "numeric"}, {"varchar", "character varying"},
      {"bpchar", "bpchar"}, {"timestamp", "timestamp without time zone"},
      {"timestamptz", "timestamp with time zone"}, {"time", "time without time zone"},
      {"timetz", "time with time zone"}, {"interval", "interval"}, {"bit", "bit"}, {"varbit", "bit varying"},
      // pseudo-types, for function signatures
      {"void", "void"}, {"trigger", "trigger"}, {"event_trigger", "event_trigger"}, {"anyelement", "anyelement"},
      {"anyarray", "anyarray"}, {"anynonarray", "anynonarray"}, {"anyenum", "anyenum"}, {"anyrange", "anyrange"},
      {"anymultirange", "anymultirange"}, {"anycompatible", "anycompatible"}, {"anycompatiblearray", "anycompatiblearray"},
      {"anycompatiblenonarray", "anycompatiblenonarray"}, {"anycompatiblerange", "anycompatiblerange"},
      {"internal", "internal"}, {"cstring", "cstring"}, {"refcursor", "refcursor"}, {"language_handler", "language_handler"},
      {"fdw_handler", "fdw_handler"}, {"index_am_handler", "index_am_handler"}, {"tsm_handler", "tsm_handler"},
      {"table_am_handler", "table_am_handler"}, {"unknown", "unknown"},
  };
  return names;
}

std::vector<std::int64_t> typmod_values(object type_name) {
  std::vector<std::int64_t> values;
  for (element e : list(type_name, "typmods")) {
    Node n = Node::of(e);
    if (!n.is("A_Const") || !has(n.fields, "ival"))
      throw ParseFailure{location(type_name), "type modifiers must be integer constants"};
    values.push_back(integer(required_object(n.fields, "ival"), "ival"));
  }
  return values;
}

std::string join_typmods(const std::vector<std::int64_t>& values) {
  std::string out = "(";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out += ",";
    out += std::to_string(values[i]);
  }
  return out + ")";
}

// Interval field masks as the grammar encodes them (INTERVAL_MASK in datetime.h).
std::string interval_fields(std::int64_t mask) {
  constexpr std::int64_t kMonth = 1 << 1, kYear = 1 << 2, kDay = 1 << 3, kHour = 1 << 10, kMinute = 1 << 11,
                         kSecond = 1 << 12;
  constexpr std::int64_t kFullRange = 0x7FFF;
  static const std::array<std::pair<std::int64_t, std::string_view>, 13> fields = {{
      {kYear, " year"}, {kMonth, " month"}, {kDay, " day"}, {kHour, " hour"}, {kMinute, " minute"},
      {kSecond, " second"}, {kYear | kMonth, " year to month"}, {kDay | kHour, " day to hour"},
      {kDay | kHour | kMinute, " day to minute"}, {kDay | kHour | kMinute | kSecond, " day to second"},
      {kHour | kMinute, " hour to minute"}, {kHour | kMinute | kSecond, " hour to second"},
      {kMinute | kSecond, " minute to second"},
  }};
  if (mask == kFullRange) return "";
  for (auto [bits, text] : fields)
    if (bits == mask) return std::string(text);
  return "";
}

std::string builtin_with_modifiers(std::string_view canonical, const std::vector<std::int64_t>& mods,
                                   object type_name) {
  const auto loc = location(type_name);
  auto expect_at_most = [&](std::size_t n) {
    if (mods.size() > n) throw ParseFailure{loc, "too many type modifiers for " + std::string(canonical)};
  };
  if (canonical == "character varying" || canonical == "bit varying") {
    expect_at_most(1);
    return std::string(canonical) + (mods.empty() ? "" : join_typmods(mods));
  }
  if (canonical == "bpchar") {  // the grammar gives bare CHARACTER a length of 1
    expect_at_most(1);
    return mods.empty() ? "bpchar" : "character" + join_typmods(mods);
  }
  if (canonical == "bit") {
    // The grammar gives BIT a length of 1; only the type's own name, "bit"
    // quoted, has none (any length: the type of a bit-string literal, as the
    // server prints a default like X'FF' back: '11111111'::"bit").
    expect_at_most(1);
    return mods.empty() ? "\"bit\"" : "bit" + join_typmods(mods);
  }
  if (canonical == "numeric") {
    expect_at_most(2);
    if (mods.size() == 1) return "numeric(" + std::to_string(mods[0]) + ",0)";
    return "numeric" + (mods.empty() ? "" : join_typmods(mods));
  }
  if (canonical.starts_with("timestamp") || canonical.starts_with("time ")) {
    expect_at_most(1);
    if (mods.empty()) return std::string(canonical);
    const auto space = canonical.find(' ');
    return std::string(canonical.substr(0, space)) + join_typmods(mods) + std::string(canonical.substr(space));
  }
  if (canonical == "interval") {
    expect_at_most(2);
    if (mods.empty()) return "interval";
    std::string out = "interval" + interval_fields(mods[0]);
    if (mods.size() == 2) out += "(" + std::to_string(mods[1]) + ")";
    return out;
  }
  if (!mods.empty()) throw ParseFailure{loc, "type " + std::string(canonical) + " takes no modifiers"};
  return std::string(canonical);
}

}  // namespace

std::optional<std::string> builtin_type(std::string_view name) {
  auto it = builtin_names().find(name);
  if (it == builtin_names().end()) return std::nullopt;
  return std::string(it->second);
}

std::optional<std::string> serial_base_type(object type_name) {
  List names = list(type_name, "names");
  if (names.size() != 1 || !list(type_name, "arrayBounds").empty()) return std::nullopt;
  const std::string_view name = string_value(names[0]);
  if (name == "serial" || name == "serial4") return "integer";
  if (name == "bigserial" || name == "serial8") return "bigint";
  if (name == "smallserial" || name == "serial2") return "smallint";
  return std::nullopt;
}

std::string canonical_type(object type_name, const TypeResolver& resolve, bool setof_allowed) {
  const auto loc = location(type_name);
  if (boolean(type_name, "pct_type")) throw ParseFailure{loc, "%TYPE references are not supported", {}, true};
  if (boolean(type_name, "setof") && !setof_allowed) throw ParseFailure{loc, "SETOF is not allowed here"};

  std::vector<std::string_view> parts;
  for (element e : list(type_name, "names")) parts.push_back(string_value(e));
  if (parts.empty() || parts.size() > 2) throw ParseFailure{loc, "improper type name"};

  const std::vector<std::int64_t> mods = typmod_values(type_name);
  std::string text;
  const bool catalog = parts.size() == 2 && parts[0] == "pg_catalog";
  const auto builtin = (parts.size() == 1 || catalog) ? builtin_names().find(parts.back()) : builtin_names().end();
  if (builtin != builtin_names().end()) {
    text = builtin_with_modifiers(builtin->second, mods, type_name);
  } else {
    const std::string_view schema = parts.size() == 2 ? parts[0] : std::string_view{};
    auto resolved = resolve(schema, parts.back());
    if (!resolved) {
      std::string shown = parts.size() == 2 ? std::string(parts[0]) + "." + std::string(parts[1]) : std::string(parts[0]);
      throw ParseFailure{loc, "type \"" + shown + "\" does not exist",
                         "create it earlier in the schema (CREATE TYPE ... AS ENUM)", false, shown, true};
    }
    // Only extension types take modifiers (e.g. vector(3)); PostgreSQL rejects them on others.
    text = quote_qualified(*resolved) + (mods.empty() ? "" : join_typmods(mods));
  }
  if (!list(type_name, "arrayBounds").empty()) text += "[]";  // format_type prints one [] for any dimension
  return text;
}

}  // namespace schemac::pg
