#include "transfer/verify_tables.hpp"

#include <future>

#include "transfer/canonical_value.hpp"
#include "transfer/copy_text.hpp"
#include "transfer/sqlite_value.hpp"
#include "transfer/to_postgres.hpp"
#include "transfer/transfer_sql.hpp"

namespace schemac {

Result<TableChecksum> checksum_sqlite(db::SqliteConnection& sqlite, const TablePair& table) {
  TableChecksum sum;
  std::string text, why;
  const auto error = sqlite.scan(sqlite_select(table, false), [&](sqlite3_stmt* row) {
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      const SqliteValue value = read_sqlite_value(row, static_cast<int>(i));
      if (value.type == SqliteValue::Type::Null) {
        sum.add_null();
        continue;
      }
      text.clear();
      const ValueKind kind = table.columns[i].kind;
      // A value the copy would refuse cannot be in PostgreSQL: it counts as different.
      if (to_postgres_text(kind, value, text, why)) sum.add_value(canonical_value(kind, text));
      else sum.add_value("\x01refused:" + describe(value));
    }
    sum.end_row();
    return true;
  });
  if (error) return Diagnostic{{}, "reading " + table.source + " from SQLite: " + error->message, {}, {}};
  return sum;
}

Result<TableChecksum> checksum_postgres(db::PostgresConnection& postgres, const TablePair& table) {
  TableChecksum sum;
  std::string scratch;
  std::size_t column = 0;
  const std::string sql = table.columns.empty() ? "COPY (SELECT FROM " + postgres_table(table) + ") TO STDOUT"
                                                : "COPY " + postgres_table(table) + " (" + postgres_columns(table) + ") TO STDOUT";
  const auto error = postgres.copy_out(sql, [&](std::string_view line) {
    column = 0;
    if (!table.columns.empty())
      for_each_copy_field(line, scratch, [&](std::optional<std::string_view> field) {
        if (!field) sum.add_null();
        else sum.add_value(canonical_value(table.columns[std::min(column, table.columns.size() - 1)].kind, *field));
        ++column;
      });
    sum.end_row();
  });
  if (error) return Diagnostic{{}, "reading " + to_string(table.target) + " from PostgreSQL: " + error->message, {}, {}};
  return sum;
}

Result<std::vector<TableVerdict>> verify_tables(db::SqliteConnection& sqlite, db::PostgresConnection& postgres, const TransferPlan& plan) {
  std::vector<TableVerdict> verdicts;
  for (const CopyGroup& group : plan.groups)
    for (const TablePair& table : group.tables) {
      auto source = std::async(std::launch::async, [&] { return checksum_sqlite(sqlite, table); });
      auto target = checksum_postgres(postgres, table);
      auto source_sum = source.get();
      if (!source_sum) return source_sum.errors();
      if (!target) return target.errors();
      verdicts.push_back(TableVerdict{to_string(table.target), source_sum.value(), target.value()});
    }
  return verdicts;
}

}  // namespace schemac
