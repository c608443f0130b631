#include <fnmatch.h>

#include <algorithm>
#include <set>

#include "codegen/erd/erd.hpp"
#include "diff/same_definition.hpp"

namespace schemac {
namespace {

bool wanted(const ErdOptions& options, const QualifiedName& name) {
  if (!options.schemas.empty() && std::find(options.schemas.begin(), options.schemas.end(), name.schema) == options.schemas.end()) return false;
  if (options.tables.empty()) return true;
  return std::any_of(options.tables.begin(), options.tables.end(), [&](const std::string& pattern) {
    return fnmatch(pattern.c_str(), name.name.c_str(), 0) == 0 || fnmatch(pattern.c_str(), to_string(name).c_str(), 0) == 0;
  });
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

ErdTable table_of(const Table& table, const ErdOptions& options, ErdMark mark) {
  ErdTable out{table.name, {}, mark};
  if (options.columns == ErdOptions::Columns::None) return out;
  for (const Column& column : table.columns) {
    ErdColumn c{column.name, column.type, false, false, false, column.not_null || column.identity};
    c.primary = table.primary_key && contains(table.primary_key->columns, column.name);
    c.foreign = std::any_of(table.foreign_keys.begin(), table.foreign_keys.end(), [&](const ForeignKey& fk) { return contains(fk.columns, column.name); });
    c.unique = std::any_of(table.uniques.begin(), table.uniques.end(),
                           [&](const UniqueConstraint& u) { return u.columns.size() == 1 && u.columns[0] == column.name; });
    if (options.columns == ErdOptions::Columns::Keys && !c.primary && !c.foreign && !c.unique) continue;
    out.columns.push_back(std::move(c));
  }
  return out;
}

// Whether `columns` are exactly a unique key of `table` (its primary key or a unique constraint or index).
bool unique_key(const Table& table, std::vector<std::string> columns) {
  std::sort(columns.begin(), columns.end());
  auto same = [&](std::vector<std::string> key) {
    std::sort(key.begin(), key.end());
    return key == columns;
  };
  if (table.primary_key && same(table.primary_key->columns)) return true;
  for (const UniqueConstraint& u : table.uniques)
    if (same(u.columns)) return true;
  for (const Index& i : table.indexes) {
    if (!i.unique || i.predicate) continue;
    std::vector<std::string> key;
    for (const IndexKey& k : i.keys) key.push_back(k.column);
    if (same(key)) return true;
  }
  return false;
}

void add_edges(Erd& erd, const Table& table, const std::set<QualifiedName>& shown) {
  for (const ForeignKey& fk : table.foreign_keys) {
    if (!shown.contains(fk.ref_table)) continue;
    const bool optional = std::any_of(fk.columns.begin(), fk.columns.end(), [&](const std::string& name) {
      const Column* column = table.find_column(name);
      return !column || !(column->not_null || column->identity || (table.primary_key && contains(table.primary_key->columns, name)));
    });
    erd.edges.push_back(ErdEdge{table.name, fk.ref_table, fk.columns, optional, unique_key(table, fk.columns)});
  }
}

void sort(Erd& erd) {
  std::sort(erd.tables.begin(), erd.tables.end(), [](const ErdTable& a, const ErdTable& b) { return a.name < b.name; });
  std::stable_sort(erd.edges.begin(), erd.edges.end(), [](const ErdEdge& a, const ErdEdge& b) {
    return std::tie(a.child, a.columns, a.parent) < std::tie(b.child, b.columns, b.parent);
  });
}

bool same_table(const Table& a, const Table& b) {
  auto same_list = [](const auto& x, const auto& y) {
    return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](const auto& p, const auto& q) { return same_definition(p, q); });
  };
  return same_list(a.columns, b.columns) && a.primary_key.has_value() == b.primary_key.has_value() &&
         (!a.primary_key || same_definition(*a.primary_key, *b.primary_key)) && same_list(a.uniques, b.uniques) &&
         same_list(a.checks, b.checks) && same_list(a.foreign_keys, b.foreign_keys) && same_list(a.indexes, b.indexes);
}

}  // namespace

Erd make_erd(const Schema& schema, const ErdOptions& options) {
  Erd erd;
  erd.group_by_schema = options.group_by_schema;
  std::set<QualifiedName> shown;
  for (const Table& table : schema.tables)
    if (wanted(options, table.name) && !table.partition_of) {  // partitions are their parent's
      erd.tables.push_back(table_of(table, options, ErdMark::None));
      shown.insert(table.name);
    }
  for (const Table& table : schema.tables)
    if (shown.contains(table.name)) add_edges(erd, table, shown);
  sort(erd);
  return erd;
}

Erd make_change_erd(const Schema& from, const Schema& to, const ErdOptions& options) {
  Erd erd;
  erd.group_by_schema = options.group_by_schema;
  std::set<QualifiedName> shown;
  auto find = [](const Schema& s, const QualifiedName& name) -> const Table* {
    auto it = std::find_if(s.tables.begin(), s.tables.end(), [&](const Table& t) { return t.name == name; });
    return it == s.tables.end() ? nullptr : &*it;
  };
  for (const Table& table : to.tables) {
    if (!wanted(options, table.name) || table.partition_of) continue;
    const Table* before = find(from, table.name);
    if (before && same_table(*before, table)) continue;
    erd.tables.push_back(table_of(table, options, before ? ErdMark::Altered : ErdMark::Added));
    shown.insert(table.name);
  }
  for (const Table& table : from.tables)
    if (wanted(options, table.name) && !table.partition_of && !find(to, table.name)) {
      erd.tables.push_back(table_of(table, options, ErdMark::Dropped));
      shown.insert(table.name);
    }
  for (const Table& table : to.tables)
    if (shown.contains(table.name)) add_edges(erd, table, shown);
  for (const Table& table : from.tables)
    if (shown.contains(table.name) && !find(to, table.name)) add_edges(erd, table, shown);
  sort(erd);
  return erd;
}

}  // namespace schemac
