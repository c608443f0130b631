#include "codegen/sql_quoting.hpp"

#include <algorithm>
#include <cctype>

namespace schemac {

std::string NameQuoting::ident(std::string_view name) const {
  const bool bare = !name.empty() && !std::isdigit(static_cast<unsigned char>(name.front())) &&
                    std::all_of(name.begin(), name.end(), bare_char) && !reserved(name);
  if (bare) return std::string(name);
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string NameQuoting::qualified(const QualifiedName& name, std::string_view default_schema) const {
  return name.schema.empty() || name.schema == default_schema ? ident(name.name) : ident(name.schema) + "." + ident(name.name);
}

std::string NameQuoting::ident_list(const std::vector<std::string>& names) const {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + ident(name);
  return out;
}

std::string single_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

}  // namespace schemac
