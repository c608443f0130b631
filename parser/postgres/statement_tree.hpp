#pragma once
// One statement re-read through libpg_query's protobuf form, which, unlike
// the JSON form the frontend reads, libpg_query can print back (deparse).
// Used where the IR keeps SQL text beyond expressions: view queries (and
// later function bodies). Names of the relations a query reads are qualified
// on the tree before it is printed, so the text means the same whatever
// search_path it later runs under.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/schema.hpp"

namespace schemac::pg {

// What a query reads, once its relation names are qualified.
struct QueryText {
  std::string text;                          // deparsed, e.g. "SELECT id, n FROM public.t WHERE c > 0"
  std::vector<QualifiedName> relations;      // tables and views named with a schema, sorted, unique
  std::vector<QualifiedName> functions;      // functions called with a schema, sorted, unique
};

// The schema an unqualified relation name resolves to, or nullopt to leave it alone.
using RelationResolver = std::function<std::optional<std::string>(std::string_view name)>;

class StatementTree {
 public:
  // Throws ParseFailure when the text is not exactly one statement.
  explicit StatementTree(std::string_view statement_text);
  ~StatementTree();
  StatementTree(const StatementTree&) = delete;
  StatementTree& operator=(const StatementTree&) = delete;

  // The query of a CREATE VIEW or CREATE MATERIALIZED VIEW. `resolve_function`
  // names the schema of an unqualified function call (user functions only).
  QueryText view_query(const RelationResolver& resolve, const RelationResolver& resolve_function);

  // The SQL-standard body of a CREATE FUNCTION / PROCEDURE (RETURN expr, or
  // BEGIN ATOMIC ... END), as written after the options.
  QueryText function_body(const RelationResolver& resolve, const RelationResolver& resolve_function);

  // The USING and WITH CHECK expressions of a CREATE or ALTER POLICY (text
  // empty when absent). Printed by deparse too: they may hold subqueries.
  std::pair<QueryText, QueryText> policy_expressions(const RelationResolver& resolve, const RelationResolver& resolve_function);

 private:
  struct Tree;
  std::unique_ptr<Tree> tree_;
};

}  // namespace schemac::pg
