// CREATE INDEX, with PostgreSQL's implicit index names.
#include <algorithm>
#include <cctype>

#include "model/implicit_names.hpp"
#include "parser/postgres/expressions.hpp"
#include "parser/postgres/failure.hpp"
#include "parser/postgres/options.hpp"
#include "parser/postgres/schema_builder.hpp"

namespace schemac::pg {
namespace {

// The server's FigureColname for an index expression: the name it would give
// the expression as a result column, which becomes part of the index name.
// Returns the name and its strength (0: none, 1: weak guess, 2: good).
std::pair<std::string, int> figure_column_name(element e) {
  Node n = Node::of(e);
  if (n.is("ColumnRef")) {
    List fields = list(n.fields, "fields");
    Node last = Node::of(fields[fields.size() - 1]);
    if (last.is("String")) return {std::string(str(last.fields, "sval")), 2};
    return {"", 0};
  }
  if (n.is("A_Indirection")) {
    List steps = list(n.fields, "indirection");
    for (std::size_t i = steps.size(); i-- > 0;) {
      Node step = Node::of(steps[i]);
      if (step.is("String")) return {std::string(str(step.fields, "sval")), 2};
    }
    return figure_column_name(required_field(n.fields, "arg"));
  }
  if (n.is("FuncCall")) {
    List name = list(n.fields, "funcname");
    return {std::string(string_value(name[name.size() - 1])), 2};
  }
  if (n.is("A_Expr")) {
    if (str(n.fields, "kind") == "AEXPR_NULLIF") return {"nullif", 2};
    return {"", 0};
  }
  if (n.is("TypeCast")) {
    auto inner = figure_column_name(required_field(n.fields, "arg"));
    if (inner.second <= 1) {
      List names = list(required_object(n.fields, "typeName"), "names");
      return {std::string(string_value(names[names.size() - 1])), 1};
    }
    return inner;
  }
  if (n.is("CollateClause")) return figure_column_name(required_field(n.fields, "arg"));
  if (n.is("A_ArrayExpr")) return {"array", 2};
  if (n.is("RowExpr")) return {"row", 2};
  if (n.is("CoalesceExpr")) return {"coalesce", 2};
  if (n.is("MinMaxExpr")) return {str(n.fields, "op") == "IS_GREATEST" ? "greatest" : "least", 2};
  if (n.is("CaseExpr")) {
    if (auto otherwise = field(n.fields, "defresult")) {
      auto inner = figure_column_name(*otherwise);
      if (inner.second == 2) return inner;
    }
    return {"case", 1};
  }
  if (n.is("SQLValueFunction")) {
    std::string op(str(n.fields, "op"));  // SVFOP_CURRENT_TIMESTAMP_N -> current_timestamp
    op = op.substr(6);
    if (op.ends_with("_N")) op.resize(op.size() - 2);
    std::transform(op.begin(), op.end(), op.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return {op, 2};
  }
  return {"", 0};
}

// ChooseIndexColumnNames: duplicates get a number ("expr", "expr1").
std::vector<std::string> index_column_names(List keys, List included) {
  std::vector<std::string> names;
  auto add = [&](object elem) {
    const std::string original = index_column_name(elem);
    std::string candidate = original;
    for (int i = 1; std::find(names.begin(), names.end(), candidate) != names.end(); ++i)
      candidate = original + std::to_string(i);
    names.push_back(candidate);
  };
  for (element key : keys) add(Node::of(key).fields);
  for (element key : included) add(Node::of(key).fields);
  return names;
}

}  // namespace

std::string index_column_name(object index_elem) {
  if (has(index_elem, "indexcolname")) return std::string(str(index_elem, "indexcolname"));
  if (has(index_elem, "name")) return std::string(str(index_elem, "name"));
  auto [name, strength] = figure_column_name(required_field(index_elem, "expr"));
  return strength > 0 ? name : "expr";
}

// One key of an index (an IndexElem); the columns it reads are added to `read_columns`.
IndexKey SchemaBuilder::index_key(object elem, const QualifiedName& relation, const Table* table, std::int64_t loc,
                                  std::vector<std::string>& read_columns) const {
  IndexKey key;
  if (has(elem, "name")) {
    key.column = std::string(str(elem, "name"));
    if (table && !table->find_column(key.column))
      throw ParseFailure{loc, "column \"" + key.column + "\" does not exist in " + to_string(relation)};
    read_columns.push_back(key.column);
  } else {
    const element expr = required_field(elem, "expr");
    key.expression = expression(expr);
    for (auto& column : referenced_columns(expr)) read_columns.push_back(column);
  }
  if (has(elem, "collation")) key.collation = collation_name(list(elem, "collation"));
  if (has(elem, "opclass")) key.opclass = write_dotted_name(list(elem, "opclass"));
  if (has(elem, "opclassopts")) throw ParseFailure{loc, "operator class options are not supported yet", {}, true};
  key.descending = str(elem, "ordering") == "SORTBY_DESC";
  const std::string_view nulls = str(elem, "nulls_ordering");
  if (nulls == "SORTBY_NULLS_FIRST" && !key.descending) key.nulls = NullsOrder::First;
  if (nulls == "SORTBY_NULLS_LAST" && key.descending) key.nulls = NullsOrder::Last;
  return key;
}

// `table` is null for a materialized view, whose columns are not modelled.
Index SchemaBuilder::build_index(const QualifiedName& relation, const Table* table, object stmt) {
  Index index;
  index.unique = boolean(stmt, "unique");
  index.nulls_not_distinct = boolean(stmt, "nulls_not_distinct");
  if (index.nulls_not_distinct) require_major(15, "NULLS NOT DISTINCT", "an index on " + to_string(relation), location(stmt));
  index.method = has(stmt, "accessMethod") ? std::string(str(stmt, "accessMethod")) : "btree";
  const auto loc = location(required_object(stmt, "relation"));
  apply_options(index.options, list(stmt, "options"), chunk_text());
  index.tablespace = canonical_tablespace(str(stmt, "tableSpace"));

  std::vector<std::string> read_columns;
  for (element key_node : list(stmt, "indexParams"))
    index.keys.push_back(index_key(Node::of(key_node).fields, relation, table, loc, read_columns));
  for (element include_node : list(stmt, "indexIncludingParams")) {
    const object elem = Node::of(include_node).fields;
    if (!has(elem, "name")) throw ParseFailure{loc, "expressions are not supported in included columns"};
    index.include.emplace_back(str(elem, "name"));
    read_columns.push_back(index.include.back());
  }
  if (auto where = field(stmt, "whereClause")) {
    index.predicate = expression(*where);
    for (auto& column : referenced_columns(*where)) read_columns.push_back(column);
  }
  for (const auto& column : read_columns)
    if (table && !table->find_column(column))
      throw ParseFailure{loc, "column \"" + column + "\" does not exist in " + to_string(relation)};

  index.name = has(stmt, "idxname")
                   ? std::string(str(stmt, "idxname"))
                   : choose_relation_name(relation,
                                          join_column_names(index_column_names(list(stmt, "indexParams"),
                                                                               list(stmt, "indexIncludingParams"))),
                                          "idx");
  expression_columns_[table_key(relation) + '\0' + index.name] = read_columns;
  index.where = statement_position();
  return index;
}

void SchemaBuilder::create_index(object stmt) {
  const object relation = required_object(stmt, "relation");
  const QualifiedName table_name = qualify(relation);
  Table* table = find_table(table_name);
  View* view = table ? nullptr : find_view(table_name);
  if (!table && (!view || !view->materialized)) require_table(table_name, location(relation));
  if (has(stmt, "idxname") && relation_name_taken(table_name.schema, std::string(str(stmt, "idxname")))) {
    if (boolean(stmt, "if_not_exists"))
      return warn(location(relation), "relation \"" + std::string(str(stmt, "idxname")) + "\" already exists, skipping");
  }
  Index index = build_index(table_name, table, stmt);
  claim_relation_name(table_name.schema, index.name, location(relation));
  (table ? table->indexes : view->indexes).push_back(std::move(index));
}

}  // namespace schemac::pg
