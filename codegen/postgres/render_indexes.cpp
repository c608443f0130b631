#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {

std::string index_key(const IndexKey& key) {
  std::string out = key.expression ? "(" + key.expression->text + ")" : ident(key.column);
  if (!key.collation.empty()) out += " COLLATE " + key.collation;
  if (!key.opclass.empty()) out += " " + key.opclass;
  if (key.descending) out += " DESC";
  if (key.nulls == NullsOrder::First) out += " NULLS FIRST";
  if (key.nulls == NullsOrder::Last) out += " NULLS LAST";
  return out;
}

std::string create_index(const CreateIndex& change) {
  const Index& index = change.index;
  std::string out = std::string("CREATE ") + (index.unique ? "UNIQUE " : "") + "INDEX " + (change.concurrently ? "CONCURRENTLY " : "") +
                    ident(index.name) + " ON " + qualified(change.table);
  if (index.method != "btree") out += " USING " + ident(index.method);
  out += " (";
  for (std::size_t i = 0; i < index.keys.size(); ++i) out += (i ? ", " : "") + index_key(index.keys[i]);
  out += ")";
  if (!index.include.empty()) out += " INCLUDE (" + ident_list(index.include) + ")";
  if (index.nulls_not_distinct) out += " NULLS NOT DISTINCT";
  if (!index.options.empty()) out += " WITH (" + storage_options(index.options) + ")";
  if (!index.tablespace.empty()) out += " TABLESPACE " + ident(index.tablespace);
  if (index.predicate) out += " WHERE " + index.predicate->text;
  return out;
}

std::string drop_index(const DropIndex& change) {
  return "DROP INDEX " + qualified(QualifiedName{change.table.schema, change.index.name});
}

}  // namespace schemac::pg_sql
