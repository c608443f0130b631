#include <algorithm>

#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {
namespace {

std::string qualified_list(const std::vector<QualifiedName>& names) {
  std::string out;
  for (const QualifiedName& name : names) out += (out.empty() ? "" : ", ") + qualified(name);
  return out;
}

std::string token_list(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& token : tokens) out += (out.empty() ? "" : ", ") + ident(token);
  return out;
}

}  // namespace

std::string create_text_search_dictionary(const CreateTextSearchDictionary& change) {
  const TextSearchDictionary& d = change.dictionary;
  std::string out = "CREATE TEXT SEARCH DICTIONARY " + qualified(d.name) + " (TEMPLATE = " + qualified(d.template_name);
  for (const auto& [name, value] : d.options) out += ", " + ident(name) + " = " + literal(value);
  return out + ")";
}

std::string drop_text_search_dictionary(const DropTextSearchDictionary& change) {
  return "DROP TEXT SEARCH DICTIONARY " + qualified(change.dictionary.name);
}

std::string alter_text_search_dictionary(const AlterTextSearchDictionary& change) {
  std::string options;
  for (const auto& [name, value] : change.set) options += (options.empty() ? "" : ", ") + ident(name) + " = " + literal(value);
  for (const std::string& name : change.removed) options += (options.empty() ? "" : ", ") + ident(name);
  return "ALTER TEXT SEARCH DICTIONARY " + qualified(change.name) + " (" + options + ")";
}

// The configuration, then a mapping statement per set of dictionaries.
std::vector<std::string> create_text_search_configuration(const CreateTextSearchConfiguration& change) {
  const TextSearchConfiguration& c = change.configuration;
  std::vector<std::string> out{"CREATE TEXT SEARCH CONFIGURATION " + qualified(c.name) + " (PARSER = " + qualified(c.parser) + ")"};
  std::map<std::vector<QualifiedName>, std::vector<std::string>> by_dictionaries;
  for (const auto& [token, dictionaries] : c.mappings) by_dictionaries[dictionaries].push_back(token);
  for (const auto& [dictionaries, tokens] : by_dictionaries)
    out.push_back("ALTER TEXT SEARCH CONFIGURATION " + qualified(c.name) + " ADD MAPPING FOR " + token_list(tokens) + " WITH " +
                  qualified_list(dictionaries));
  return out;
}

std::string drop_text_search_configuration(const DropTextSearchConfiguration& change) {
  return "DROP TEXT SEARCH CONFIGURATION " + qualified(change.configuration.name);
}

std::string alter_text_search_mapping(const AlterTextSearchMapping& change) {
  const std::string head = "ALTER TEXT SEARCH CONFIGURATION " + qualified(change.configuration);
  if (change.dictionaries.empty()) return head + " DROP MAPPING FOR " + token_list(change.tokens);
  return head + " ALTER MAPPING FOR " + token_list(change.tokens) + " WITH " + qualified_list(change.dictionaries);
}

}  // namespace schemac::pg_sql
