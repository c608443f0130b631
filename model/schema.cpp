#include "model/schema.hpp"

#include <algorithm>
#include <utility>

namespace schemac {

const Column* Table::find_column(std::string_view column) const {
  auto it = std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.name == column; });
  return it == columns.end() ? nullptr : &*it;
}

Column* Table::find_column(std::string_view column) {
  return const_cast<Column*>(std::as_const(*this).find_column(column));
}

std::string to_string(const QualifiedName& name) { return name.schema + "." + name.name; }

IntegerRange integer_range(std::string_view type) {
  if (type == "smallint") return {INT16_MIN, INT16_MAX};
  if (type == "integer") return {INT32_MIN, INT32_MAX};
  return {INT64_MIN, INT64_MAX};
}

std::string default_multirange_name(const std::string& range_name) {
  const auto at = range_name.rfind("range");
  if (at == std::string::npos) return range_name + "_multirange";
  return range_name.substr(0, at) + "multirange" + range_name.substr(at + 5);
}

std::string Aggregate::signature() const {
  std::string out;
  for (const std::string& argument : arguments) out += (out.empty() ? "" : ", ") + argument;
  return out;
}

std::string Function::signature() const {
  std::string out;
  for (const FunctionArgument& argument : arguments) {
    if (argument.mode == ArgumentMode::Out || argument.mode == ArgumentMode::Table) continue;
    if (!out.empty()) out += ", ";
    out += argument.type;
  }
  return out;
}

void retype(SequenceOptions& sequence, const std::string& type) {
  const auto [old_low, old_high] = integer_range(sequence.type);
  const auto [low, high] = integer_range(type);
  if (sequence.min_value == old_low) sequence.min_value = low;
  if (sequence.max_value == old_high) sequence.max_value = high;
  sequence.type = type;
}

}  // namespace schemac

namespace schemac {
namespace {

// Reads one identifier, quoted ("a""b") or plain, from the front of `text`.
std::optional<std::string> take_identifier(std::string_view& text) {
  std::string out;
  if (!text.empty() && text.front() == '"') {
    std::size_t i = 1;
    for (; i < text.size(); ++i) {
      if (text[i] == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          out += '"';
          ++i;
          continue;
        }
        break;
      }
      out += text[i];
    }
    if (i >= text.size()) return std::nullopt;
    text.remove_prefix(i + 1);
    return out;
  }
  std::size_t i = 0;
  while (i < text.size() && text[i] != '.' && text[i] != '[' && text[i] != '(' && text[i] != ' ') ++i;
  if (i == 0) return std::nullopt;
  out = std::string(text.substr(0, i));
  text.remove_prefix(i);
  return out;
}

}  // namespace

std::optional<QualifiedName> named_type(std::string_view canonical_type) {
  std::string_view rest = canonical_type;
  auto schema = take_identifier(rest);
  if (!schema || rest.empty() || rest.front() != '.') return std::nullopt;
  rest.remove_prefix(1);
  auto name = take_identifier(rest);
  if (!name || !(rest.empty() || rest == "[]")) return std::nullopt;
  return QualifiedName{*schema, *name};
}

std::string_view fk_action_words(FkAction action) {
  switch (action) {
    case FkAction::Restrict: return "RESTRICT";
    case FkAction::Cascade: return "CASCADE";
    case FkAction::SetNull: return "SET NULL";
    case FkAction::SetDefault: return "SET DEFAULT";
    case FkAction::NoAction: break;
  }
  return "NO ACTION";
}

}  // namespace schemac
