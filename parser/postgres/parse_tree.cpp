#include "parser/postgres/parse_tree.hpp"

#include <string>

#include "parser/postgres/failure.hpp"

namespace schemac::pg {

Node Node::of(element e) {
  object wrapper = e.get_object().value_unsafe();
  for (auto [key, value] : wrapper) return Node{key, value.get_object().value_unsafe()};
  return Node{};
}

element List::operator[](std::size_t i) const {
  // A statement the grammar takes with fewer names than the IR needs (CREATE OPERATOR ... (FUNCTION = ===)).
  if (i >= size()) throw ParseFailure{-1, "expected a name here"};
  return array_.at(i).value_unsafe();
}

std::optional<element> field(object o, std::string_view key) {
  auto result = o.at_key(key);
  if (result.error()) return std::nullopt;
  return result.value_unsafe();
}

std::optional<Node> node_field(object o, std::string_view key) {
  auto e = field(o, key);
  if (!e) return std::nullopt;
  return Node::of(*e);
}

std::optional<object> object_field(object o, std::string_view key) {
  auto e = field(o, key);
  if (!e || !e->is_object()) return std::nullopt;
  return e->get_object().value_unsafe();
}

namespace {
[[noreturn]] void missing(object o, std::string_view key) {
  if (key == "arg") throw ParseFailure{location(o), "this option needs a value"};
  throw ParseFailure{location(o), "expected " + std::string(key) + " here"};
}
}  // namespace

element required_field(object o, std::string_view key) {
  if (auto e = field(o, key)) return *e;
  missing(o, key);
}

Node required_node(object o, std::string_view key) {
  if (auto node = node_field(o, key)) return *node;
  missing(o, key);
}

object required_object(object o, std::string_view key) {
  if (auto inner = object_field(o, key)) return *inner;
  missing(o, key);
}

bool has(object o, std::string_view key) { return !o.at_key(key).error(); }

std::string_view str(object o, std::string_view key) {
  auto e = field(o, key);
  if (!e || !e->is_string()) return {};
  return e->get_string().value_unsafe();
}

std::int64_t integer(object o, std::string_view key) {
  auto e = field(o, key);
  if (!e || !e->is_int64()) return 0;
  return e->get_int64().value_unsafe();
}

bool boolean(object o, std::string_view key) {
  auto e = field(o, key);
  return e && e->is_bool() && e->get_bool().value_unsafe();
}

List list(object o, std::string_view key) {
  auto e = field(o, key);
  if (!e || !e->is_array()) return List{};
  return List{e->get_array().value_unsafe()};
}

std::int64_t location(object o) {
  auto e = field(o, "location");
  if (!e || !e->is_int64()) return -1;
  return e->get_int64().value_unsafe();
}

std::optional<std::int64_t> integer_in_source(std::string_view source, std::int64_t location) {
  if (location < 0 || static_cast<std::size_t>(location) >= source.size()) return std::nullopt;
  std::size_t i = static_cast<std::size_t>(location);
  // Skip option keywords (INCREMENT BY, START WITH, ...) up to the number.
  while (i < source.size() && !(source[i] == '-' || source[i] == '+' || (source[i] >= '0' && source[i] <= '9'))) ++i;
  bool negative = false;
  while (i < source.size() && (source[i] == '-' || source[i] == '+' || source[i] == ' ' || source[i] == '\t' ||
                               source[i] == '\n' || source[i] == '\r')) {
    if (source[i] == '-') negative = !negative;
    ++i;
  }
  std::int64_t value = 0;
  bool digits = false;
  while (i < source.size() && source[i] >= '0' && source[i] <= '9') {
    value = value * 10 + (source[i] - '0');
    digits = true;
    ++i;
  }
  if (!digits) return std::nullopt;
  return negative ? -value : value;
}

std::string_view string_value(element e) {
  Node n = Node::of(e);
  return str(n.fields, "sval");
}

}  // namespace schemac::pg
