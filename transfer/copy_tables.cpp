#include "transfer/copy_tables.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <regex>
#include <sqlite3.h>

#include "codegen/postgres/postgres_dialect.hpp"
#include "transfer/copy_text.hpp"
#include "transfer/sqlite_value.hpp"
#include "transfer/to_postgres.hpp"
#include "transfer/transfer_sql.hpp"
#include "transfer/verify_tables.hpp"

namespace schemac {
namespace {

Diagnostic failure(std::string message, std::string hint = {}) { return Diagnostic{{}, std::move(message), std::move(hint), {}}; }

std::string without_severity(std::string message) {
  for (const char* prefix : {"ERROR:  ", "FATAL:  "})
    if (message.starts_with(prefix)) message.erase(0, std::string_view(prefix).size());
  return message;
}

// The server names the failing COPY line and column in its context; the line
// is the row's position in what was sent.
std::string server_failure(const TablePair& table, const db::PostgresConnection::CopyError& error, const std::vector<std::int64_t>& row_ids) {
  static const std::regex where(R"(line (\d+)(?:, column ([^:]+))?)");
  std::smatch match;
  std::string message = without_severity(error.message);
  if (std::regex_search(error.context, match, where)) {
    const auto line = std::stoull(match[1]);
    std::string row = line >= 1 && line <= row_ids.size() ? fmt::format("{} {}", table.has_rowid ? "rowid" : "row", row_ids[line - 1]) : "line " + match[1].str();
    return fmt::format("{}: {}{}: {}", table.source, row, match[2].matched ? ", column " + match[2].str() : "", message);
  }
  return table.source + ": " + message;
}

std::optional<Diagnostic> copy_table(db::SqliteConnection& sqlite, db::PostgresConnection& postgres, const TablePair& table,
                                     const CopyOptions& options, CopyProgress& progress, std::uint64_t& copied) {
  std::uint64_t total = 0;
  sqlite.scan(sqlite_count(table), [&](sqlite3_stmt* row) {
    total = static_cast<std::uint64_t>(sqlite3_column_int64(row, 0));
    return false;
  });
  progress.start(to_string(table.target), total);
  std::vector<std::int64_t> row_ids;
  row_ids.reserve(total);
  std::optional<Diagnostic> refused;
  const int first_value = table.has_rowid ? 1 : 0;
  const std::string copy = "COPY " + postgres_table(table) + " (" + postgres_columns(table) + ") FROM STDIN";
  const auto error = postgres.copy_in(copy, [&](const db::PostgresConnection::CopySend& send) -> std::optional<std::string> {
    std::string buffer, text, why;
    std::uint64_t rows = 0;
    const auto read_error = sqlite.scan(sqlite_select(table, true), [&](sqlite3_stmt* row) {
      const std::int64_t id = table.has_rowid ? sqlite3_column_int64(row, 0) : static_cast<std::int64_t>(rows + 1);
      row_ids.push_back(id);
      for (std::size_t i = 0; i < table.columns.size(); ++i) {
        if (i) buffer += '\t';
        const SqliteValue value = read_sqlite_value(row, first_value + static_cast<int>(i));
        if (value.type == SqliteValue::Type::Null) {
          buffer += kCopyNull;
          continue;
        }
        text.clear();
        if (!to_postgres_text(table.columns[i].kind, value, text, why)) {
          refused = failure(fmt::format("{}: {} {}, column {}: {} {}", table.source, table.has_rowid ? "rowid" : "row", id, table.columns[i].source,
                                        describe(value), why),
                            fmt::format("the PostgreSQL column is {}; fix the value in SQLite or change the column's type", kind_name(table.columns[i].kind)));
          return false;
        }
        append_copy_field(text, buffer);
      }
      buffer += '\n';
      if (++rows % options.batch_rows == 0) {
        if (!send(buffer)) return false;
        buffer.clear();
        progress.advance(rows);
      }
      return true;
    });
    if (refused) return refused->message;
    if (read_error) {
      refused = failure("reading " + table.source + " from SQLite: " + read_error->message);
      return refused->message;
    }
    if (!buffer.empty()) send(buffer);
    copied = rows;
    return std::nullopt;
  });
  if (refused) return refused;
  if (error) return failure(server_failure(table, *error, row_ids));
  progress.finish(copied);
  return std::nullopt;
}

// Whether the PostgreSQL table is empty, already holds SQLite's rows (with
// --resume), or holds something else (an error: copy only fills empty tables).
enum class TargetState { Empty, AlreadyCopied };

Result<TargetState> target_state(db::SqliteConnection& sqlite, db::PostgresConnection& postgres, const TablePair& table, const CopyOptions& options) {
  auto rows = postgres.query("SELECT EXISTS (SELECT FROM " + postgres_table(table) + ")");
  if (!rows) return rows.errors();
  if (rows.value()->get(0, 0) != "t") return TargetState::Empty;
  const std::string name = to_string(table.target);
  if (!options.resume) return failure(name + " already holds rows; copy fills empty tables", "--resume skips tables that already hold exactly the SQLite rows");
  auto source = checksum_sqlite(sqlite, table);
  if (!source) return source.errors();
  auto target = checksum_postgres(postgres, table);
  if (!target) return target.errors();
  if (source.value() == target.value()) return TargetState::AlreadyCopied;
  return failure(fmt::format("{} holds {} rows that are not SQLite's {} rows", name, target->rows(), source->rows()),
                 "empty it (TRUNCATE) to copy it again");
}

std::optional<Diagnostic> run(db::PostgresConnection& postgres, const std::string& sql) {
  if (auto error = postgres.execute(sql)) return failure(without_severity(*error));
  return std::nullopt;
}

// A table's foreign keys and plain indexes, as statements that drop them and
// make them again: loading without them and building them once afterwards
// (one join per key, one sort per index) is much faster than checking and
// inserting row by row. Unique indexes stay: keys may lean on them.
struct SetAside {
  std::vector<std::string> drop, restore;
};

Result<SetAside> set_aside(db::PostgresConnection& postgres, const TablePair& pair, const PostgresDialect& dialect) {
  const std::string table = postgres_table(pair);
  auto rows = postgres.query(
      "SELECT 'c', conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f' "
      "UNION ALL "
      "SELECT 'i', c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
      "WHERE i.indrelid = $1::regclass AND NOT i.indisunique AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype = 'x')",
      {table});
  if (!rows) return rows.errors();
  SetAside out;
  for (std::size_t i = 0; i < rows.value()->size(); ++i) {
    const std::string name = dialect.quote_ident(*rows.value()->get(i, 1));
    const std::string definition(*rows.value()->get(i, 2));
    if (rows.value()->get(i, 0) == "c") {
      out.drop.push_back("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
      out.restore.push_back("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + definition);
    } else {
      out.drop.push_back("DROP INDEX " + dialect.quote_ident(pair.target.schema) + "." + name);
      out.restore.push_back(definition);
    }
  }
  return out;
}

// Copies the tables of one group in one transaction.
std::optional<Diagnostic> copy_group(db::SqliteConnection& sqlite, db::PostgresConnection& postgres, const std::vector<const TablePair*>& tables,
                                     const CopyOptions& options, CopyProgress& progress, std::vector<CopiedTable>& copied) {
  const PostgresDialect dialect;
  if (auto error = run(postgres, "BEGIN")) return error;
  auto give_up = [&](Diagnostic error) {
    postgres.execute("ROLLBACK");
    if (error.hint.empty()) error.hint = "nothing of this table was kept; tables copied before it are (--resume skips them)";
    return error;
  };
  std::vector<std::string> restore;
  for (const TablePair* table : tables) {
    auto aside = set_aside(postgres, *table, dialect);
    if (!aside) return give_up(aside.errors().front());
    for (const std::string& sql : aside->drop)
      if (auto error = run(postgres, sql)) return give_up(*error);
    restore.insert(restore.end(), aside->restore.begin(), aside->restore.end());
  }
  for (const TablePair* table : tables) {
    std::uint64_t rows = 0;
    if (auto error = copy_table(sqlite, postgres, *table, options, progress, rows)) {
      progress.abandon();
      return give_up(*error);
    }
    for (const std::string& column : table->identity_columns) {
      const std::string sql = "SELECT setval(pg_get_serial_sequence($1, $2), greatest(coalesce(max(" + dialect.quote_ident(column) +
                              "), 0) + 1, 1), false) FROM " + postgres_table(*table);
      if (auto result = postgres.query(sql, {postgres_table(*table), column}); !result) return give_up(result.errors().front());
    }
    copied.push_back(CopiedTable{to_string(table->target), rows, false});
  }
  // Indexes first (keys may use them); a key that does not hold fails here,
  // naming the constraint, and nothing is kept.
  std::stable_partition(restore.begin(), restore.end(), [](const std::string& sql) { return !sql.starts_with("ALTER TABLE"); });
  for (const std::string& sql : restore)
    if (auto error = run(postgres, sql)) return give_up(*error);
  if (auto error = run(postgres, "COMMIT")) return give_up(*error);
  return std::nullopt;
}

}  // namespace

Result<std::vector<CopiedTable>> copy_tables(db::SqliteConnection& sqlite, db::PostgresConnection& postgres, const TransferPlan& plan,
                                             const CopyOptions& options, CopyProgress& progress) {
  std::vector<CopiedTable> copied;
  for (const CopyGroup& group : plan.groups) {
    std::vector<const TablePair*> to_copy;
    for (const TablePair& table : group.tables) {
      auto state = target_state(sqlite, postgres, table, options);
      if (!state) return state.errors();
      if (state.value() == TargetState::Empty) {
        to_copy.push_back(&table);
        continue;
      }
      progress.skip(to_string(table.target), "already holds the SQLite rows (counts and checksums agree)");
      copied.push_back(CopiedTable{to_string(table.target), 0, true});
    }
    if (to_copy.empty()) continue;
    if (auto error = copy_group(sqlite, postgres, to_copy, options, progress, copied)) return *error;
  }
  return copied;
}

}  // namespace schemac
