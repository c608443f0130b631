#pragma once
// One implementation per database. Every difference between dialects lives
// behind this interface; the diff never asks which database it is for.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "diff/change.hpp"

namespace schemac {

struct Statement {
  std::string sql;  // without the trailing semicolon
  bool transactional = true;
  std::vector<Hazard> hazards;
  ObjectKey subject;
};

struct Capabilities {
  bool transactional_ddl = true;
  bool concurrent_index_build = false;
};

struct RenderContext {};

class Dialect {
 public:
  virtual ~Dialect() = default;
  virtual std::string_view name() const = 0;
  virtual std::string quote_ident(std::string_view name) const = 0;
  virtual std::string quote_literal(std::string_view text) const = 0;
  virtual std::vector<Statement> render(const Change& change, const RenderContext& context) const = 0;
  virtual Capabilities capabilities() const = 0;
};

// Every change of a set, in order.
std::vector<Statement> render_all(const Dialect& dialect, const ChangeSet& changes, const RenderContext& context = {});
// A script: one statement per line, each ending in ';'.
std::string to_script(const std::vector<Statement>& statements);

}  // namespace schemac
