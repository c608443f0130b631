#pragma once
// Thin, allocation-free accessors over libpg_query's JSON parse tree as read
// by simdjson. libpg_query leaves out fields that hold their default (0, false,
// empty), so every accessor has a default for a missing key.
#include <simdjson.h>

#include <cstdint>
#include <optional>
#include <string_view>

namespace schemac::pg {

using simdjson::dom::element;
using simdjson::dom::object;

// A tagged node: {"ColumnDef": {...}} -> tag "ColumnDef" and its fields.
struct Node {
  std::string_view tag;
  object fields;

  static Node of(element e);
  bool is(std::string_view t) const { return tag == t; }
};

// A list of nodes that may be absent from the JSON.
class List {
 public:
  List() = default;
  explicit List(simdjson::dom::array array) : array_(array), present_(true) {}
  simdjson::dom::array::iterator begin() const { return present_ ? array_.begin() : simdjson::dom::array::iterator{}; }
  simdjson::dom::array::iterator end() const { return present_ ? array_.end() : simdjson::dom::array::iterator{}; }
  std::size_t size() const { return present_ ? array_.size() : 0; }
  bool empty() const { return size() == 0; }
  element operator[](std::size_t i) const;  // walks from the start: iterate over long lists

 private:
  simdjson::dom::array array_;
  bool present_ = false;
};

std::optional<element> field(object o, std::string_view key);
std::optional<Node> node_field(object o, std::string_view key);  // a field holding a tagged node
std::optional<object> object_field(object o, std::string_view key);  // an inline struct (e.g. "relation")
// The same for fields the statement cannot do without: a missing one (an
// option written without its value: `(provider)`) is a ParseFailure at the
// node, never an empty optional read.
element required_field(object o, std::string_view key);
Node required_node(object o, std::string_view key);
object required_object(object o, std::string_view key);
bool has(object o, std::string_view key);
std::string_view str(object o, std::string_view key);
std::int64_t integer(object o, std::string_view key);
bool boolean(object o, std::string_view key);
List list(object o, std::string_view key);
// A field's location (byte offset into the parsed text), or -1.
std::int64_t location(object o);

// libpg_query 15-4.0.0 writes negative integers as an empty object (its JSON
// writer only prints positive values), so `{"ival": {}}` may be 0 or negative.
// The number is read back from the source text at the node's location:
// the first integer literal at or after `location`.
std::optional<std::int64_t> integer_in_source(std::string_view source, std::int64_t location);

// The text of a {"String": {"sval": ...}} node.
std::string_view string_value(element e);

}  // namespace schemac::pg
