#pragma once
// One implementation per database. Every difference between dialects lives
// behind this interface; the diff never asks which database it is for.
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "diff/change.hpp"
#include "diff/table_rules.hpp"

namespace schemac {

// Where a statement must run relative to the transaction that holds the rest.
enum class Placement {
  BeforeTransaction,  // must be committed before later statements may use its effect (ALTER TYPE ... ADD VALUE)
  InTransaction,
  AfterTransaction,   // cannot run inside a transaction block (CREATE INDEX CONCURRENTLY)
};

struct Statement {
  std::string sql;  // without the trailing semicolon
  Placement placement = Placement::InTransaction;
  std::vector<Hazard> hazards;
  ObjectKey subject;
  // When a later statement of the same plan contains this text, this one must
  // be committed first (a new enum value, used later as 'value').
  std::string commit_first_if_used;
  // A check: any row it returns is a violation and undoes the transaction
  // (SQLite's PRAGMA foreign_key_check after a rebuild).
  bool expect_no_rows = false;
};

// How a runner opens the transaction that holds a plan.
struct TransactionStart {
  std::string begin = "BEGIN";
  std::vector<std::string> settings;  // run right after it (PostgreSQL: SET LOCAL lock_timeout)
};

struct Capabilities {
  bool transactional_ddl = true;
  bool concurrent_index_build = false;  // --concurrent-indexes
  bool validate_separately = false;     // --online-constraints: NOT VALID, then VALIDATE CONSTRAINT
};

struct RenderContext {};

class Dialect {
 public:
  virtual ~Dialect() = default;
  virtual std::string_view name() const = 0;
  // The schema an unqualified name is in (PostgreSQL: public; SQLite: main).
  virtual std::string_view default_schema() const = 0;
  virtual std::string quote_ident(std::string_view name) const = 0;
  virtual std::string quote_literal(std::string_view text) const = 0;
  virtual std::vector<Statement> render(const Change& change, const RenderContext& context) const = 0;
  // Session settings the plan needs before its first change.
  virtual std::vector<Statement> prologue(const ChangeSet&) const { return {}; }
  // How long each statement may wait for a lock or run, as the user wrote
  // them ("5s"); empty: not set. Where the database has no such settings: nothing.
  virtual std::vector<Statement> session_settings(std::string_view, std::string_view) const { return {}; }
  // Checks and settings after its last change.
  virtual std::vector<Statement> epilogue(const ChangeSet&) const { return {}; }
  virtual Capabilities capabilities() const = 0;
  // What the database cannot alter in place, for the diff; none: everything.
  virtual const TableRules* table_rules() const { return nullptr; }
  // `lock_timeout` as the user wrote it, e.g. "10s".
  virtual TransactionStart transaction_start(std::string_view lock_timeout) const = 0;
  // What keeps two migration runners apart: taken (waiting at most `wait`,
  // e.g. "30s") or given back.
  virtual std::vector<std::string> runner_lock(bool take, std::string_view wait) const = 0;
  // A statement (as a migration file holds it) that sets only the
  // connection's own state, never the database's: a runner that dies before
  // running it has left nothing undone (SQLite's PRAGMA foreign_keys = ON).
  virtual bool sets_only_the_connection(std::string_view) const { return false; }
};

// Every change of a set, in order, with placements settled.
std::vector<Statement> render_all(const Dialect& dialect, const ChangeSet& changes, const RenderContext& context = {});
// Moves statements whose effect later statements use before the transaction.
void settle_placements(std::vector<Statement>& statements);
// A script: one statement per line, each ending in ';'.
std::string to_script(const std::vector<Statement>& statements);
// The same script written as it is rendered, each change freed once written:
// for schemas printed whole (inspect), where holding every statement and the
// script besides doubled peak memory.
void write_script(const Dialect& dialect, ChangeSet changes, std::ostream& out);

}  // namespace schemac
