#include "diff/rename.hpp"

namespace schemac {
namespace {

// "a.b.c" -> {"a", "b", "c"}; names with dots are not supported here.
std::vector<std::string> parts(const std::string& dotted) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t at; (at = dotted.find('.', start)) != std::string::npos; start = at + 1) out.push_back(dotted.substr(start, at - start));
  out.push_back(dotted.substr(start));
  return out;
}

}  // namespace

Result<Rename> parse_rename(const std::string& text, const std::string& default_schema) {
  const auto wrong = [&](const std::string& why) {
    return Diagnostic{{}, "--rename " + text + ": " + why,
                      "write table:SCHEMA.OLD=SCHEMA.NEW or column:SCHEMA.TABLE.OLD=NEW (the schema may be left out)", {}};
  };
  const auto colon = text.find(':');
  const auto equals = text.find('=');
  if (colon == std::string::npos || equals == std::string::npos || equals < colon) return wrong("expected KIND:OLD=NEW");
  const std::string kind = text.substr(0, colon);
  const std::vector<std::string> old_parts = parts(text.substr(colon + 1, equals - colon - 1));
  const std::vector<std::string> new_parts = parts(text.substr(equals + 1));
  for (const auto* list : {&old_parts, &new_parts})
    for (const std::string& part : *list)
      if (part.empty()) return wrong("an empty name");
  Rename rename;
  if (kind == "table") {
    if (old_parts.size() > 2 || new_parts.size() > 2) return wrong("a table is SCHEMA.TABLE");
    rename.kind = Rename::Kind::Table;
    rename.table = old_parts.size() == 2 ? QualifiedName{old_parts[0], old_parts[1]} : QualifiedName{default_schema, old_parts[0]};
    rename.old_name = rename.table.name;
    const std::string new_schema = new_parts.size() == 2 ? new_parts[0] : rename.table.schema;
    if (new_schema != rename.table.schema) return wrong("a rename keeps the table in its schema");
    rename.new_name = new_parts.back();
    return rename;
  }
  if (kind == "column") {
    if (old_parts.size() < 2 || old_parts.size() > 3 || new_parts.size() != 1) return wrong("a column is SCHEMA.TABLE.COLUMN=NEW");
    rename.kind = Rename::Kind::Column;
    rename.table = old_parts.size() == 3 ? QualifiedName{old_parts[0], old_parts[1]} : QualifiedName{default_schema, old_parts[0]};
    rename.old_name = old_parts.back();
    rename.new_name = new_parts[0];
    return rename;
  }
  return wrong("the kind is table or column, not " + kind);
}

}  // namespace schemac
