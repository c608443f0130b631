#pragma once
// One run of the PostgreSQL frontend: scripts and ready-built tables applied,
// in order, to one schema. parse_postgres reads files through it. The live
// inspector also builds tables straight from catalog rows and hands them in,
// after sending every piece of server text those rows hold (type names,
// default and check expressions, collation names) through `canonicalize`, so
// a database comes out in exactly the canonical form a file does.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/result.hpp"
#include "model/schema.hpp"
#include "model/source_file.hpp"
#include "parser/postgres/parse_postgres.hpp"

namespace schemac::pg {

// Server text for one part of an object.
struct Fragment {
  enum class Kind { Type, Expression, Collation, PartitionKey, PartitionBound };
  Kind kind;
  // format_type / pg_get_expr output, a qualified collation name, pg_get_partkeydef
  // output, or a partition bound (pg_get_expr of relpartbound)
  std::string text;
};

// A fragment in canonical form (types and collations have atomic = true), or why not.
struct CanonicalFragment {
  std::optional<Expr> value;
  std::string error;
  bool skippable = false;  // unsupported, or uses something skipped: --skip-unsupported may skip its object
};

class Session {
 public:
  explicit Session(ParseOptions options);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Applies a file's statements. Returns false when the file was cut into
  // pieces for speed and one piece failed to parse: the cut may be wrong, so
  // the caller starts again without pieces, where a real syntax error is
  // reported at its exact position.
  [[nodiscard]] bool read(const SourceFile& file, bool allow_pieces);

  // All fragments read with one parse; results are in the order given.
  std::vector<CanonicalFragment> canonicalize(const std::vector<Fragment>& fragments);

  // A table built elsewhere, in canonical form, with every name explicit.
  void add_table(Table table);
  // Tables that will be added: columns may have their row types before they are.
  void expect_tables(std::vector<QualifiedName> names);
  // An object that cannot be read: an error, or with --skip-unsupported and
  // `skippable`, a warning, and what refers to it is skipped too.
  void reject(const QualifiedName& object, Diagnostic why, bool skippable);

  // Resolves forward references and returns the schema, or every error met.
  Result<Parsed> finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace schemac::pg
