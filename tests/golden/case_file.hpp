#pragma once
// Golden case files: many small cases per file, in the format of DESIGN.md.
//
//   # case: add column with default
//   -- current
//   CREATE TABLE t (id int PRIMARY KEY);
//   -- desired
//   CREATE TABLE t (id int PRIMARY KEY, n int NOT NULL DEFAULT 0);
//   -- up
//   ALTER TABLE public.t ADD COLUMN n integer NOT NULL DEFAULT 0;
//   -- down
//   ALTER TABLE public.t DROP COLUMN n;
//
// A case may instead hold `-- error` with text the error message must contain.
// A `-- data` section (after current) holds rows the convergence run inserts
// before migrating: tables kept must still hold as many rows after up.
// `-- catalog-differs` says why pg_dump may tell current + up from desired
// (PostgreSQL keeps a column or check as the table's own once the table joins
// a parent, where CREATE TABLE ... INHERITS would not): convergence then asks
// that the inspected database plan empty against the side it should equal.
// `-- min-version` holds the oldest PostgreSQL major a case's SQL runs on
// (NULLS NOT DISTINCT: 15); convergence skips it on older servers.
// `-- options` holds plan flags as on the command line (--concurrent-indexes,
// --rename column:public.t.a=b, ...). Plan cases (tests/cases/plans) expect
// `-- text`, `-- json` and `-- markdown` instead of up and down.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace schemac::golden {

struct Case {
  std::string name;
  std::size_t line = 0;                       // line of its "# case:" header
  std::map<std::string, std::string> sections;  // "current", "data", "desired", "options", "up", "down", "error", "text", ...
  std::vector<std::string> section_order;
};

struct CaseFile {
  std::string path;
  std::string preamble;  // text before the first case, kept on rewrite
  std::vector<Case> cases;
};

CaseFile read_case_file(const std::string& path);
// A case's `-- min-version`, or 0.
int minimum_version(const Case& c);
// What a case printed (up, down, or the error) against what it expects: the
// failure, or "" when it passes. With `rewrite`, the expectations become what
// was printed.
std::string check_expected(Case& c, const std::string& up, const std::string& down, const std::string& error, bool rewrite);
void write_case_file(const CaseFile& file);

// Runs `check` on every case of `paths`: it returns the failure, "" for a
// pass, or nullopt for a case it skips. Prints failures and a summary, writes
// rewritten expectations back when `rewrite`, and returns the exit code (a
// file whose cases were all skipped passes: it had nothing to run).
int run_case_files(const std::vector<std::string>& paths, bool rewrite,
                   const std::function<std::optional<std::string>(Case&)>& check);

}  // namespace schemac::golden
