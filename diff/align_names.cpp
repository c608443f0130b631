#include "diff/align_names.hpp"

#include <type_traits>
#include <unordered_map>

#include "model/ascii_case.hpp"

namespace schemac {
namespace {

// Folded name -> the desired spelling.
using Spellings = std::unordered_map<std::string, std::string>;

std::string fold(const QualifiedName& name) { return name.schema + '\0' + ascii_lower(name.name); }

// Walks a schema, re-spelling its names; over a const schema it only finds
// out whether anything would change (no copy of a large schema for nothing).
struct Aligner {
  const Schema& desired;
  bool changed = false;
  std::unordered_map<std::string, QualifiedName> relations;  // fold() -> desired name
  std::unordered_map<std::string, const Table*> tables;      // fold() -> desired table
  Spellings indexes, triggers;

  explicit Aligner(const Schema& d) : desired(d) {
    for (const Table& t : desired.tables) {
      relations.emplace(fold(t.name), t.name);
      tables.emplace(fold(t.name), &t);
      for (const Index& i : t.indexes) indexes.emplace(ascii_lower(i.name), i.name);
    }
    for (const View& v : desired.views) relations.emplace(fold(v.name), v.name);
    for (const VirtualTable& v : desired.virtual_tables) relations.emplace(fold(v.name), v.name);
    for (const Trigger& t : desired.triggers) triggers.emplace(ascii_lower(t.name), t.name);
  }

  template <class Name>
  void respell(Name& name, const std::string& wanted) {
    if (name == wanted) return;
    changed = true;
    if constexpr (!std::is_const_v<Name>) name = wanted;
  }
  void relation(auto& name) {
    if (auto it = relations.find(fold(name)); it != relations.end()) respell(name.name, it->second.name);
  }
  void named(auto& name, const Spellings& spellings) {
    if (auto it = spellings.find(ascii_lower(name)); it != spellings.end()) respell(name, it->second);
  }
  // Columns of `table` (desired spelling, or nullptr when it has none).
  void column(auto& name, const Table* table) {
    if (!table) return;
    for (const Column& c : table->columns)
      if (c.name == name) return;  // spelled alike, as nearly always: no folding
    const std::string folded = ascii_lower(name);
    for (const Column& c : table->columns)
      if (ascii_lower(c.name) == folded) return respell(name, c.name);
  }
  void columns(auto& names, const Table* table) {
    for (auto& name : names) column(name, table);
  }
  const Table* desired_table(const QualifiedName& name) const {
    auto it = tables.find(fold(name));
    return it == tables.end() ? nullptr : it->second;
  }

  void table(auto& t) {
    relation(t.name);
    const Table* wanted = desired_table(t.name);
    for (auto& c : t.columns) column(c.name, wanted);
    if (t.primary_key) columns(t.primary_key->columns, wanted);
    for (auto& u : t.uniques) columns(u.columns, wanted);
    for (auto& fk : t.foreign_keys) {
      columns(fk.columns, wanted);
      relation(fk.ref_table);
      columns(fk.ref_columns, desired_table(fk.ref_table));
    }
    for (auto& i : t.indexes) {
      named(i.name, indexes);
      for (auto& key : i.keys)
        if (!key.expression) column(key.column, wanted);
    }
  }

  void schema(auto& s) {
    for (auto& t : s.tables) table(t);
    for (auto& v : s.views) {
      relation(v.name);
      for (auto& read : v.reads) relation(read);
    }
    for (auto& v : s.virtual_tables) relation(v.name);
    for (auto& t : s.triggers) {
      named(t.name, triggers);
      relation(t.table);
      columns(t.update_columns, desired_table(t.table));
      for (auto& read : t.reads) relation(read);
    }
  }
};

}  // namespace

std::optional<Schema> with_desired_spelling(const Schema& current, const Schema& desired) {
  Aligner probe(desired);
  probe.schema(current);
  if (!probe.changed) return std::nullopt;
  Schema aligned = current;
  Aligner(desired).schema(aligned);
  return aligned;
}

}  // namespace schemac
