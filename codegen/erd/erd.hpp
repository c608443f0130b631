#pragma once
// Entity-relationship diagrams for docs: tables with their columns and keys,
// foreign keys as edges with crow's-foot cardinality (from the key columns'
// nullability and uniqueness). One model, rendered as Graphviz DOT (built
// with cgraph), SVG/PNG (laid out in-process by gvc) or Mermaid erDiagram.
// Output is deterministic: the same schema gives byte-identical DOT/Mermaid.
#include <string>
#include <string_view>
#include <vector>

#include "model/result.hpp"
#include "model/schema.hpp"

namespace schemac {

struct ErdOptions {
  enum class Columns { All, Keys, None } columns = Columns::All;
  std::vector<std::string> schemas;  // only these schemas; empty: all
  std::vector<std::string> tables;   // name patterns ('order*', 'app.*'); empty: every table
  bool group_by_schema = false;     // a box per schema
};

// How a table fares in a change (erd --diff); None outside one.
enum class ErdMark { None, Added, Dropped, Altered };

struct ErdColumn {
  std::string name, type;
  bool primary = false, foreign = false, unique = false, not_null = false;
};

struct ErdTable {
  QualifiedName name;
  std::vector<ErdColumn> columns;
  ErdMark mark = ErdMark::None;
};

struct ErdEdge {
  QualifiedName child, parent;      // the table with the key, the table it references
  std::vector<std::string> columns;  // the key's columns
  bool optional = false;    // a key column may be null: a child may have no parent
  bool one_to_one = false;  // the key's columns are unique: at most one child per parent
};

struct Erd {
  std::vector<ErdTable> tables;  // by name
  std::vector<ErdEdge> edges;    // by child, then key
  bool group_by_schema = false;
};

Erd make_erd(const Schema& schema, const ErdOptions& options);
// The tables a change from `from` to `to` touches, marked added, dropped or altered.
Erd make_change_erd(const Schema& from, const Schema& to, const ErdOptions& options);

std::string render_mermaid(const Erd& erd);
std::string render_dot(const Erd& erd);
// "svg" or "png", laid out by Graphviz's dot in this process.
Result<std::string> render_image(const Erd& erd, std::string_view format);

}  // namespace schemac
