#include "diff/apply_renames.hpp"

#include <algorithm>

#include "model/rename_objects.hpp"

namespace schemac {
namespace {

const Table* find_table(const Schema& schema, const QualifiedName& name) {
  auto it = std::find_if(schema.tables.begin(), schema.tables.end(), [&](const Table& t) { return t.name == name; });
  return it == schema.tables.end() ? nullptr : &*it;
}

Rename table_rename(const QualifiedName& table, const std::string& to) { return Rename{Rename::Kind::Table, table, table.name, to}; }

Rename column_rename(const QualifiedName& table, const std::string& from, const std::string& to) {
  return Rename{Rename::Kind::Column, table, from, to};
}

std::string describe(const Rename& r) {
  return (r.kind == Rename::Kind::Table ? "table:" + to_string(r.table) : "column:" + to_string(r.table) + "." + r.old_name) + "=" + r.new_name;
}

struct Finder {
  const Schema& from;
  const Schema& to;
  std::vector<Rename> tables;  // table renames found so far

  // The name a current table goes by once the table renames are made.
  QualifiedName renamed(const QualifiedName& name) const {
    for (const Rename& r : tables)
      if (r.table == name) return {name.schema, r.new_name};
    return name;
  }
  // A table of the current schema under its old name, from its new one.
  QualifiedName original(const QualifiedName& name) const {
    for (const Rename& r : tables)
      if (QualifiedName{r.table.schema, r.new_name} == name) return r.table;
    return name;
  }

  // old -> new, if it fits that way (the old name only current, the new only desired).
  bool table_fits(const QualifiedName& old_name, const QualifiedName& new_name) const {
    return find_table(from, old_name) && !find_table(from, new_name) && find_table(to, new_name) && !find_table(to, old_name);
  }
  bool column_fits(const QualifiedName& current_table, const std::string& old_name, const std::string& new_name) const {
    const Table* before = find_table(from, current_table);
    const Table* after = find_table(to, renamed(current_table));
    return before && after && before->find_column(old_name) && !before->find_column(new_name) && after->find_column(new_name) &&
           !after->find_column(old_name);
  }
};

}  // namespace

std::vector<Rename> applicable_renames(const Schema& from, const Schema& to, const std::vector<Rename>& given,
                                       std::vector<Diagnostic>& problems) {
  Finder finder{from, to, {}};
  auto add_table = [&](const QualifiedName& old_name, const std::string& new_name) {
    if (std::none_of(finder.tables.begin(), finder.tables.end(), [&](const Rename& r) { return r.table == old_name; }))
      finder.tables.push_back(table_rename(old_name, new_name));
  };
  for (const Rename& r : given) {
    if (r.kind != Rename::Kind::Table) continue;
    const QualifiedName old_name = r.table, new_name{r.table.schema, r.new_name};
    if (finder.table_fits(old_name, new_name)) add_table(old_name, r.new_name);
    else if (finder.table_fits(new_name, old_name)) add_table(new_name, old_name.name);
    else problems.push_back(Diagnostic{{}, "--rename " + describe(r) + ": the current side has no table " + to_string(old_name) +
                                              " where the desired side has " + to_string(new_name) + " (nor the other way round)", {}, {}});
  }
  for (const Table& table : to.tables) {  // -- schemac:renamed-from in the desired files
    const QualifiedName old_name{table.name.schema, table.renamed_from};
    if (!table.renamed_from.empty() && finder.table_fits(old_name, table.name)) add_table(old_name, table.name.name);
  }
  for (const Table& table : from.tables) {  // ... and in the current ones, read backwards (a down migration)
    const QualifiedName old_name{table.name.schema, table.renamed_from};
    if (!table.renamed_from.empty() && finder.table_fits(table.name, old_name)) add_table(table.name, old_name.name);
  }

  std::vector<Rename> out = finder.tables;
  auto add_column = [&](const QualifiedName& current_table, const std::string& old_name, const std::string& new_name) {
    const QualifiedName table = finder.renamed(current_table);
    if (std::none_of(out.begin(), out.end(), [&](const Rename& r) { return r.kind == Rename::Kind::Column && r.table == table && r.old_name == old_name; }))
      out.push_back(column_rename(table, old_name, new_name));
  };
  for (const Rename& r : given) {
    if (r.kind != Rename::Kind::Column) continue;
    // The table may be named as it is now or as it will be.
    const QualifiedName current_table = find_table(from, r.table) ? r.table : finder.original(r.table);
    if (finder.column_fits(current_table, r.old_name, r.new_name)) add_column(current_table, r.old_name, r.new_name);
    else if (finder.column_fits(current_table, r.new_name, r.old_name)) add_column(current_table, r.new_name, r.old_name);
    else problems.push_back(Diagnostic{{}, "--rename " + describe(r) + ": the current side has no column " + r.old_name +
                                              " where the desired side has " + r.new_name + " (nor the other way round)", {}, {}});
  }
  for (const Table& table : to.tables)
    for (const Column& column : table.columns)
      if (!column.renamed_from.empty() && finder.column_fits(finder.original(table.name), column.renamed_from, column.name))
        add_column(finder.original(table.name), column.renamed_from, column.name);
  for (const Table& table : from.tables)
    for (const Column& column : table.columns)
      if (!column.renamed_from.empty() && finder.column_fits(table.name, column.name, column.renamed_from))
        add_column(table.name, column.name, column.renamed_from);
  return out;
}

Schema with_renames(const Schema& from, const std::vector<Rename>& renames) {
  Schema out = from;
  for (const Rename& r : renames)
    if (r.kind == Rename::Kind::Table) rename_table_everywhere(out, r.table, r.new_name);
  for (const Rename& r : renames)
    if (r.kind == Rename::Kind::Column) rename_column_everywhere(out, r.table, r.old_name, r.new_name);
  return out;
}

}  // namespace schemac
