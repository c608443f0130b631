#include "diff/type_change.hpp"

#include <charconv>
#include <optional>
#include <string_view>
#include <vector>

namespace schemac {
namespace {

// "numeric(10,2)" -> base "numeric", modifiers {10, 2}; "timestamp(3) with time zone" -> "timestamp with time zone", {3}.
struct ParsedType {
  std::string base;
  std::vector<long> modifiers;
  bool array = false;
};

ParsedType parse_type(std::string text) {
  ParsedType t;
  if (text.ends_with("[]")) {
    t.array = true;
    text.resize(text.size() - 2);
  }
  const auto open = text.find('(');
  if (open == std::string::npos) {
    t.base = text;
    return t;
  }
  const auto close = text.find(')', open);
  std::string_view inside = std::string_view(text).substr(open + 1, close - open - 1);
  while (!inside.empty()) {
    const auto comma = inside.find(',');
    std::string_view item = inside.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    long value = 0;
    const auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), value);
    if (error != std::errc{} || end != item.data() + item.size()) {
      // Not numeric modifiers (DuckDB's ENUM('a'), STRUCT(x INTEGER)): the type as a whole.
      t.modifiers.clear();
      t.base = text;
      return t;
    }
    t.modifiers.push_back(value);
    if (comma == std::string_view::npos) break;
    inside.remove_prefix(comma + 1);
  }
  t.base = text.substr(0, open) + text.substr(close + 1);
  return t;
}

// Rank within the exact integer family; nullopt for other types.
std::optional<int> integer_rank(const std::string& base) {
  if (base == "smallint") return 1;
  if (base == "integer") return 2;
  if (base == "bigint") return 3;
  return std::nullopt;
}

bool is_numeric_family(const std::string& base) {
  return integer_rank(base) || base == "numeric" || base == "real" || base == "double precision";
}

bool is_string_type(const std::string& base) {
  return base == "text" || base == "character varying" || base == "character" || base == "bpchar";
}

bool is_datetime(const std::string& base) {
  return base == "timestamp without time zone" || base == "timestamp with time zone" || base == "date" ||
         base == "time without time zone" || base == "time with time zone";
}

// The largest length a string type accepts; nullopt: unbounded.
std::optional<long> string_length(const ParsedType& t) {
  if (t.base == "text" || t.modifiers.empty()) return std::nullopt;
  return t.modifiers[0];
}

bool numeric_widens(const ParsedType& from, const ParsedType& to) {
  if (to.base == "numeric") {
    if (to.modifiers.empty()) return true;  // unconstrained numeric holds any number
    const long to_integer_digits = to.modifiers[0] - (to.modifiers.size() > 1 ? to.modifiers[1] : 0);
    if (from.base == "numeric" && !from.modifiers.empty()) {
      const long from_scale = from.modifiers.size() > 1 ? from.modifiers[1] : 0;
      const long to_scale = to.modifiers.size() > 1 ? to.modifiers[1] : 0;
      return to_integer_digits >= from.modifiers[0] - from_scale && to_scale >= from_scale;
    }
    auto rank = integer_rank(from.base);
    if (!rank) return false;
    const long digits_needed = *rank == 1 ? 5 : *rank == 2 ? 10 : 19;
    return to_integer_digits >= digits_needed;
  }
  auto from_rank = integer_rank(from.base), to_rank = integer_rank(to.base);
  if (from_rank && to_rank) return *to_rank >= *from_rank;
  if (to.base == "double precision") return from.base == "real" || from.base == "smallint" || from.base == "integer";
  if (to.base == "real") return from.base == "smallint";
  return false;
}

// Whether PostgreSQL must rewrite the table: only a binary-coercible change
// whose new modifier accepts every old value is made in the catalog alone
// (varchar(n) -> varchar(m >= n) or text, numeric precision up with the same
// scale, time precision up, cidr -> inet).
bool rewrites(const ParsedType& from, const ParsedType& to) {
  if (from.array != to.array) return true;
  const bool unbounded_to = to.modifiers.empty();
  if (from.base == to.base) {
    if (from.base == "character varying" || from.base == "bit varying")
      return !unbounded_to && (from.modifiers.empty() || to.modifiers[0] < from.modifiers[0]);
    if (from.base == "numeric") {
      if (unbounded_to) return false;
      if (from.modifiers.empty()) return true;
      const long from_scale = from.modifiers.size() > 1 ? from.modifiers[1] : 0;
      const long to_scale = to.modifiers.size() > 1 ? to.modifiers[1] : 0;
      return to_scale != from_scale || to.modifiers[0] < from.modifiers[0];
    }
    if (is_datetime(from.base) || from.base == "interval")
      return !unbounded_to && (from.modifiers.empty() || to.modifiers[0] < from.modifiers[0]);
    return true;
  }
  if (to.base == "text") return !(from.base == "character varying");
  if (to.base == "character varying" && unbounded_to) return from.base != "text";
  if (from.base == "cidr" && to.base == "inet") return false;
  return true;
}

}  // namespace

TypeChangeEffect classify_type_change(const std::string& from_text, const std::string& to_text) {
  const ParsedType from = parse_type(from_text), to = parse_type(to_text);
  TypeChangeEffect effect;
  effect.rewrites = rewrites(from, to);
  if (from.array != to.array) return TypeChangeEffect{true, true, true};

  if (is_string_type(to.base)) {
    // Every type has an assignment cast to the string types (through its text form).
    const auto limit = string_length(to);
    const bool fits = !limit || (is_string_type(from.base) && string_length(from) && *string_length(from) <= *limit);
    effect.may_lose_data = !fits;
    return effect;
  }
  if (from.base == to.base) {
    if (is_numeric_family(from.base)) effect.may_lose_data = !numeric_widens(from, to);
    else effect.may_lose_data = !to.modifiers.empty() && (from.modifiers.empty() || to.modifiers[0] < from.modifiers[0]);
    return effect;
  }
  if (is_numeric_family(from.base) && is_numeric_family(to.base)) {
    effect.may_lose_data = !numeric_widens(from, to);
    return effect;
  }
  if (is_datetime(from.base) && is_datetime(to.base)) {
    const bool widening = (from.base == "date" && to.base.starts_with("timestamp")) ||
                          (from.base.starts_with("timestamp") && to.base.starts_with("timestamp")) ||
                          (from.base.starts_with("time ") && to.base.starts_with("time "));
    effect.may_lose_data = !widening;
    effect.needs_using = !widening && !(from.base.starts_with("timestamp") && (to.base == "date" || to.base.starts_with("time ")));
    return effect;
  }
  effect.needs_using = effect.may_lose_data = true;
  return effect;
}

}  // namespace schemac
