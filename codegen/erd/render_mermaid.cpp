// Mermaid erDiagram text: entities with typed attributes and PK/FK/UK
// markers, relationships with crow's-foot ends.
#include <cctype>

#include "codegen/erd/erd.hpp"

namespace schemac {
namespace {

// An entity name: quoted (Mermaid allows "schema.table" so).
std::string entity(const QualifiedName& name) {
  std::string text = to_string(name);
  std::string out = "\"";
  for (char c : text) out += c == '"' ? '\'' : c;
  return out + "\"";
}

// Attribute types and names are single words to Mermaid: other characters become _.
std::string word(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool keep = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '[' || c == ']' || c == '(' || c == ')';
    out += keep ? c : '_';
  }
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out.front()))) out.insert(out.begin(), '_');
  return out;
}

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) out += c == '"' ? '\'' : c;
  return out + "\"";
}

}  // namespace

std::string render_mermaid(const Erd& erd) {
  std::string out = "erDiagram\n";
  for (const ErdTable& table : erd.tables) {
    out += "  " + entity(table.name);
    if (table.columns.empty()) {
      out += " {\n  }\n";
      continue;
    }
    out += " {\n";
    for (const ErdColumn& column : table.columns) {
      out += "    " + word(column.type.empty() ? "any" : column.type) + " " + word(column.name);
      std::string keys;
      for (const auto& [on, key] : {std::pair{column.primary, "PK"}, std::pair{column.foreign, "FK"}, std::pair{column.unique, "UK"}})
        if (on) keys += std::string(keys.empty() ? " " : ", ") + key;
      out += keys;
      std::string comment;
      if (column.name != word(column.name)) comment += column.name;
      if (column.not_null && !column.primary) comment += std::string(comment.empty() ? "" : " ") + "not null";
      if (!comment.empty()) out += " " + quoted(comment);
      out += "\n";
    }
    out += "  }\n";
  }
  for (const ErdEdge& edge : erd.edges) {
    // Parent end: exactly one, or zero or one when the key may be null; child end: many or one.
    const std::string parent_end = edge.optional ? "|o" : "||";
    const std::string child_end = edge.one_to_one ? "o|" : "o{";
    std::string label;
    for (const std::string& column : edge.columns) label += (label.empty() ? "" : ", ") + column;
    out += "  " + entity(edge.parent) + " " + parent_end + "--" + child_end + " " + entity(edge.child) + " : " + quoted(label) + "\n";
  }
  // Mermaid has no colour per entity: a change is said in comment lines.
  for (const ErdTable& table : erd.tables)
    if (table.mark != ErdMark::None)
      out += "  %% " + to_string(table.name) + ": " + (table.mark == ErdMark::Added ? "added" : table.mark == ErdMark::Dropped ? "dropped" : "altered") + "\n";
  return out;
}

}  // namespace schemac
