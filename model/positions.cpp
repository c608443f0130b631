#include "model/positions.hpp"

#include <unordered_map>

namespace schemac {
namespace {

template <class T, class F>
void for_each_named(std::vector<T>& items, const std::vector<T>& originals, F&& with_original) {
  std::unordered_map<std::string, const T*> by_name;
  for (const T& o : originals) by_name.emplace(o.name, &o);
  for (T& item : items)
    if (auto it = by_name.find(item.name); it != by_name.end()) with_original(item, *it->second);
    else with_original(item, T{});
}

struct QualifiedKey {
  template <class T>
  static std::string of(const T& item) { return item.name.schema + '\0' + item.name.name; }
};

template <class T, class F>
void for_each_qualified(std::vector<T>& items, const std::vector<T>& originals, F&& with_original) {
  std::unordered_map<std::string, const T*> by_name;
  for (const T& o : originals) by_name.emplace(QualifiedKey::of(o), &o);
  for (T& item : items)
    if (auto it = by_name.find(QualifiedKey::of(item)); it != by_name.end()) with_original(item, *it->second);
    else with_original(item, T{});
}

void adopt_table(Table& table, const Table& original) {
  table.where = original.where;
  for_each_named(table.columns, original.columns, [](Column& c, const Column& o) { c.where = o.where; });
  if (table.primary_key) table.primary_key->where = original.primary_key ? original.primary_key->where : SourceRange{};
  for_each_named(table.uniques, original.uniques, [](auto& c, const auto& o) { c.where = o.where; });
  for_each_named(table.checks, original.checks, [](auto& c, const auto& o) { c.where = o.where; });
  for_each_named(table.foreign_keys, original.foreign_keys, [](auto& c, const auto& o) { c.where = o.where; });
  for_each_named(table.indexes, original.indexes, [](auto& c, const auto& o) { c.where = o.where; });
}

}  // namespace

void clear_positions(Schema& schema) { adopt_positions(schema, Schema{}); }

void adopt_positions(Schema& inspected, const Schema& original) {
  for_each_named(inspected.namespaces, original.namespaces, [](Namespace& n, const Namespace& o) { n.where = o.where; });
  for_each_qualified(inspected.enums, original.enums, [](EnumType& e, const EnumType& o) { e.where = o.where; });
  for_each_qualified(inspected.sequences, original.sequences, [](Sequence& s, const Sequence& o) { s.where = o.where; });
  for_each_qualified(inspected.tables, original.tables, adopt_table);
  std::unordered_map<std::string, const Function*> functions;
  for (const Function& f : original.functions) functions.emplace(to_string(f.name) + "(" + f.signature() + ")", &f);
  for (Function& f : inspected.functions) {
    auto it = functions.find(to_string(f.name) + "(" + f.signature() + ")");
    f.where = it == functions.end() ? SourceRange{} : it->second->where;
  }
  std::unordered_map<std::string, const Trigger*> triggers;
  for (const Trigger& t : original.triggers) triggers.emplace(to_string(t.table) + '\0' + t.name, &t);
  for (Trigger& t : inspected.triggers) {
    auto it = triggers.find(to_string(t.table) + '\0' + t.name);
    t.where = it == triggers.end() ? SourceRange{} : it->second->where;
  }
  std::unordered_map<std::string, const Policy*> policies;
  for (const Policy& p : original.policies) policies.emplace(to_string(p.table) + '\0' + p.name, &p);
  for (Policy& p : inspected.policies) {
    auto it = policies.find(to_string(p.table) + '\0' + p.name);
    p.where = it == policies.end() ? SourceRange{} : it->second->where;
  }
  for_each_named(inspected.extensions, original.extensions, [](Extension& e, const Extension& o) { e.where = o.where; });
  for_each_qualified(inspected.views, original.views, [](View& v, const View& o) {
    v.where = o.where;
    for_each_named(v.indexes, o.indexes, [](Index& i, const Index& oi) { i.where = oi.where; });
  });
}

}  // namespace schemac
