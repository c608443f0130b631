// PARTITION BY, PARTITION OF ... FOR VALUES, INHERITS: the key and the
// bounds as canonical text, and the columns a child takes from its parents.
#include <algorithm>

#include "model/ascii_case.hpp"
#include "parser/postgres/expressions.hpp"
#include "parser/postgres/failure.hpp"
#include "parser/postgres/quote.hpp"
#include "parser/postgres/schema_builder.hpp"

namespace schemac::pg {

std::string SchemaBuilder::partition_key(object partspec) const {
  std::string out = ascii_upper(str(partspec, "strategy")) + " (";
  bool first = true;
  for (element param : list(partspec, "partParams")) {
    const object elem = Node::of(param).fields;
    if (!first) out += ", ";
    first = false;
    if (has(elem, "name")) {
      out += quote_ident(str(elem, "name"));
    } else {
      const element expr = required_field(elem, "expr");
      const std::string text = expression(expr).text;
      out += Node::of(expr).is("FuncCall") ? text : "(" + text + ")";
    }
    if (has(elem, "collation")) out += " COLLATE " + collation_name(list(elem, "collation"));
    if (has(elem, "opclass")) out += " " + write_dotted_name(list(elem, "opclass"));
  }
  return out + ")";
}

std::string SchemaBuilder::partition_bound(object bound) const {
  if (boolean(bound, "is_default")) return "DEFAULT";
  auto datums = [&](std::string_view key) {
    std::string out = "(";
    bool first = true;
    for (element datum : list(bound, key)) {
      if (!first) out += ", ";
      first = false;
      const Node node = Node::of(datum);
      if (node.is("ColumnRef")) out += ascii_upper(string_value(list(node.fields, "fields")[0]));  // MINVALUE, MAXVALUE
      else out += expression(datum).text;
    }
    return out + ")";
  };
  const std::string_view strategy = str(bound, "strategy");
  if (strategy == "l") return "FOR VALUES IN " + datums("listdatums");
  if (strategy == "r") return "FOR VALUES FROM " + datums("lowerdatums") + " TO " + datums("upperdatums");
  if (strategy == "h")
    return "FOR VALUES WITH (modulus " + std::to_string(integer(bound, "modulus")) + ", remainder " +
           std::to_string(integer(bound, "remainder")) + ")";
  throw ParseFailure{location(bound), "unrecognised partition bound"};
}

// A new child gets its parents' columns, marked inherited; a column it
// declares itself stays its own.
void SchemaBuilder::note_parents(const Table& child) {
  if (child.partition_of) parent_keys_.insert(table_key(*child.partition_of));
  for (const QualifiedName& parent : child.inherits) parent_keys_.insert(table_key(parent));
}

void SchemaBuilder::inherit_columns(Table& child, bool creating) {
  note_parents(child);
  std::vector<QualifiedName> parents = child.inherits;
  if (child.partition_of) parents = {*child.partition_of};
  std::vector<Column> inherited;
  for (const QualifiedName& parent_name : parents) {
    const Table& parent = require_table(parent_name, -1);
    if (!child.partition_of && !parent.partition_by.empty())
      throw ParseFailure{-1, "cannot inherit from partitioned table \"" + parent_name.name + "\""};
    if (child.partition_of && parent.partition_by.empty())
      throw ParseFailure{-1, "\"" + parent_name.name + "\" is not partitioned"};
    for (const Column& column : parent.columns) {
      if (std::any_of(inherited.begin(), inherited.end(), [&](const Column& c) { return c.name == column.name; })) continue;
      Column copy = column;
      copy.inherited = true;
      copy.comment.reset();
      copy.identity.reset();
      copy.statistics = -1;
      copy.options.clear();
      inherited.push_back(std::move(copy));
    }
  }
  for (Column& column : inherited) {
    if (Column* own = child.find_column(column.name)) {
      // CREATE TABLE merges a column declared again with the parent's, as PostgreSQL's MergeAttributes does.
      if (creating && own->type != column.type)
        throw ParseFailure{-1, "column \"" + column.name + "\" has a type conflict: " + own->type + " versus " + column.type + " in a parent"};
      if (creating && !own->default_value) own->default_value = column.default_value;
      own->not_null = own->not_null || column.not_null;
      continue;
    }
    child.columns.push_back(std::move(column));
  }
}

// INHERIT and ATTACH PARTITION take a table whose columns and checks match
// the parent's already; PostgreSQL refuses any other, with these messages.
void SchemaBuilder::check_fits_parent(const Table& child, const Table& parent, bool partition) const {
  for (const Column& column : parent.columns) {
    const Column* own = child.find_column(column.name);
    if (!own) throw ParseFailure{-1, "child table is missing column \"" + column.name + "\""};
    if (own->type != column.type || own->collation != column.collation)
      throw ParseFailure{-1, "child table \"" + child.name.name + "\" has different type for column \"" + column.name + "\""};
    if (column.not_null && !own->not_null)
      throw ParseFailure{-1, "column \"" + column.name + "\" in child table must be marked NOT NULL"};
  }
  if (partition)
    for (const Column& column : child.columns)
      if (!parent.find_column(column.name))
        throw ParseFailure{-1, "table \"" + child.name.name + "\" contains column \"" + column.name + "\" not found in parent \"" + parent.name.name + "\""};
  for (const CheckConstraint& check : parent.checks) {
    if (check.no_inherit) continue;
    const bool held = std::any_of(child.checks.begin(), child.checks.end(), [&](const CheckConstraint& c) { return c.name == check.name; });
    if (!held) throw ParseFailure{-1, "child table is missing constraint \"" + check.name + "\""};
  }
}

}  // namespace schemac::pg
