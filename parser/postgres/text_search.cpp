// CREATE / ALTER TEXT SEARCH DICTIONARY and CONFIGURATION. NameParts of
// dictionaries, templates and parsers are resolved as the server does:
// pg_catalog first, then the search_path; one no file defines is presumed to
// be an extension's when an extension lives in the schema searched.
#include <algorithm>
#include <cctype>
#include <functional>

#include "model/ascii_case.hpp"
#include "parser/postgres/failure.hpp"
#include "parser/postgres/quote.hpp"
#include "parser/postgres/schema_builder.hpp"
#include "parser/postgres/text_search_catalog.hpp"

namespace schemac::pg {
namespace {

// An option's value as the server keeps it (defGetString): words, strings,
// numbers and booleans all become text.
std::string option_value(object def) {
  const auto arg = field(def, "arg");
  if (!arg) return {};
  const Node value = Node::of(*arg);
  if (value.is("String")) return std::string(str(value.fields, "sval"));
  if (value.is("TypeName")) {
    std::string out;
    for (element part : list(value.fields, "names")) out += (out.empty() ? "" : ".") + std::string(string_value(part));
    return out;
  }
  if (value.is("Integer")) return std::to_string(integer(value.fields, "ival"));
  if (value.is("Float")) return std::string(str(value.fields, "fval"));
  if (value.is("Boolean")) return boolean(value.fields, "boolval") ? "true" : "false";
  throw ParseFailure{location(def), "expected a word, string or number for \"" + std::string(str(def, "defname")) + "\""};
}

std::string names_text(const NameParts& names) {
  std::string out;
  for (const std::string& part : names) out += (out.empty() ? "" : ".") + part;
  return out;
}

NameParts name_parts(List names) {
  NameParts out;
  for (element part : names) out.emplace_back(string_value(part));
  return out;
}

// A name given as an option's value: a (qualified) word, or a keyword such as
// `default`, which arrives as a string.
NameParts argument_names(object def) {
  const Node value = Node::of(required_field(def, "arg"));
  if (value.is("String")) return {std::string(str(value.fields, "sval"))};
  return name_parts(list(value.fields, "names"));
}

}  // namespace

TextSearchDictionary* SchemaBuilder::find_text_search_dictionary(const QualifiedName& name) {
  auto& all = schema_.text_search_dictionaries;
  auto it = std::find_if(all.begin(), all.end(), [&](const TextSearchDictionary& d) { return d.name == name; });
  return it == all.end() ? nullptr : &*it;
}

TextSearchConfiguration* SchemaBuilder::find_text_search_configuration(const QualifiedName& name) {
  auto& all = schema_.text_search_configurations;
  auto it = std::find_if(all.begin(), all.end(), [&](const TextSearchConfiguration& c) { return c.name == name; });
  return it == all.end() ? nullptr : &*it;
}

QualifiedName SchemaBuilder::text_search_object(const NameParts& names, const char* what, bool (*builtin)(std::string_view),
                                                const std::function<bool(const QualifiedName&)>& defined) const {
  const auto missing = [&] { return ParseFailure{-1, std::string(what) + " \"" + names_text(names) + "\" does not exist"}; };
  if (names.size() == 2) {
    QualifiedName q{names[0], names[1]};
    if ((q.schema == "pg_catalog" && builtin(q.name)) || defined(q) || extension_in(q.schema)) return q;
    throw missing();
  }
  if (names.size() != 1) throw ParseFailure{-1, "improper qualified name (too many dotted names): " + names_text(names)};
  const std::string& name = names[0];
  if (builtin(name)) return QualifiedName{"pg_catalog", name};
  for (const auto& schema : search_path_)
    if (defined(QualifiedName{schema, name})) return QualifiedName{schema, name};
  for (const auto& schema : search_path_)
    if (extension_in(schema)) return QualifiedName{schema, name};
  throw missing();
}

QualifiedName SchemaBuilder::text_search_dictionary_name(List names) const {
  return text_search_object(name_parts(names), "text search dictionary", builtin_text_search_dictionary,
                            [this](const QualifiedName& q) {
                              const auto& all = schema_.text_search_dictionaries;
                              return std::any_of(all.begin(), all.end(), [&](const TextSearchDictionary& d) { return d.name == q; });
                            });
}

void SchemaBuilder::create_text_search_dictionary(object stmt) {
  TextSearchDictionary dictionary;
  dictionary.name = qualify_list(list(stmt, "defnames"));
  require_namespace(dictionary.name.schema, -1);
  dictionary.where = statement_position();
  for (element item : list(stmt, "definition")) {
    const object def = Node::of(item).fields;
    const std::string name = ascii_lower(str(def, "defname"));
    if (name == "template") {
      dictionary.template_name = text_search_object(argument_names(def), "text search template",
                                                    builtin_text_search_template,
                                                    [](const QualifiedName&) { return false; });
    } else {
      dictionary.options.emplace_back(name, option_value(def));
    }
  }
  if (dictionary.template_name.name.empty()) throw ParseFailure{-1, "text search template is required"};
  if (find_text_search_dictionary(dictionary.name))
    throw ParseFailure{-1, "text search dictionary \"" + to_string(dictionary.name) + "\" already exists"};
  schema_.text_search_dictionaries.push_back(std::move(dictionary));
}

// ALTER TEXT SEARCH DICTIONARY d (option = value, option): set or remove options.
void SchemaBuilder::alter_text_search_dictionary(object stmt) {
  const QualifiedName name = text_search_dictionary_name(list(stmt, "dictname"));
  TextSearchDictionary* dictionary = find_text_search_dictionary(name);
  if (!dictionary) throw ParseFailure{-1, "text search dictionary \"" + to_string(name) + "\" is not defined in these files"};
  for (element item : list(stmt, "options")) {
    const object def = Node::of(item).fields;
    const std::string option = ascii_lower(str(def, "defname"));
    if (option == "template") throw ParseFailure{location(def), "text search template cannot be changed"};
    auto& options = dictionary->options;
    auto it = std::find_if(options.begin(), options.end(), [&](const auto& o) { return o.first == option; });
    if (!has(def, "arg")) {
      if (it != options.end()) options.erase(it);
    } else if (it != options.end()) {
      it->second = option_value(def);
    } else {
      options.emplace_back(option, option_value(def));
    }
  }
}

void SchemaBuilder::create_text_search_configuration(object stmt) {
  TextSearchConfiguration config;
  config.name = qualify_list(list(stmt, "defnames"));
  require_namespace(config.name.schema, -1);
  for (element item : list(stmt, "definition")) {
    const object def = Node::of(item).fields;
    const std::string option = ascii_lower(str(def, "defname"));
    const NameParts names = argument_names(def);
    if (option == "parser") {
      config.parser = text_search_object(names, "text search parser", [](std::string_view n) { return n == "default"; },
                                         [](const QualifiedName&) { return false; });
    } else if (option == "copy") {
      const std::optional<TextSearchConfiguration> source = text_search_configuration_named(names);
      if (!source) throw ParseFailure{location(def), "COPY from text search configuration \"" + names_text(names) + "\": "
                                                         "only built-in configurations and those in these files are known"};
      config.parser = source->parser;
      config.mappings = source->mappings;
    } else {
      throw ParseFailure{location(def), "text search configuration parameter \"" + option + "\" not recognized"};
    }
  }
  if (config.parser.name.empty()) throw ParseFailure{-1, "text search parser is required"};
  if (find_text_search_configuration(config.name))
    throw ParseFailure{-1, "text search configuration \"" + to_string(config.name) + "\" already exists"};
  config.where = statement_position();
  schema_.text_search_configurations.push_back(std::move(config));
}

std::optional<TextSearchConfiguration> SchemaBuilder::text_search_configuration_named(const NameParts& names) {
  const std::string& last = names.back();
  if (names.size() == 1 || names[0] == "pg_catalog")
    if (auto builtin = builtin_text_search_configuration(last)) return builtin;
  if (names.size() == 2) {
    if (auto* found = find_text_search_configuration({names[0], last})) return *found;
    return std::nullopt;
  }
  for (const auto& schema : search_path_)
    if (auto* found = find_text_search_configuration({schema, last})) return *found;
  return std::nullopt;
}

void SchemaBuilder::alter_text_search_configuration(object stmt) {
  const QualifiedName name = qualify_list(list(stmt, "cfgname"));
  TextSearchConfiguration* config = find_text_search_configuration(name);
  if (!config) throw ParseFailure{-1, "text search configuration \"" + to_string(name) + "\" does not exist"};
  std::vector<std::string> tokens;
  for (element token : list(stmt, "tokentype")) {
    std::string t(string_value(token));
    if (config->parser == QualifiedName{"pg_catalog", "default"} && !default_parser_token(t))
      throw ParseFailure{-1, "token type \"" + t + "\" does not exist"};
    tokens.push_back(std::move(t));
  }
  std::vector<QualifiedName> dictionaries;
  for (element item : list(stmt, "dicts"))
    dictionaries.push_back(text_search_dictionary_name(list(Node::of(item).fields, "items")));
  const std::string_view kind = str(stmt, "kind");
  auto& mappings = config->mappings;
  if (kind == "ALTER_TSCONFIG_ADD_MAPPING" || kind == "ALTER_TSCONFIG_ALTER_MAPPING_FOR_TOKEN") {
    for (const std::string& token : tokens) {
      if (kind == "ALTER_TSCONFIG_ADD_MAPPING" && mappings.contains(token))
        throw ParseFailure{-1, "mapping for token type \"" + token + "\" already exists", "use ALTER MAPPING FOR to change it"};
      mappings[token] = dictionaries;
    }
  } else if (kind == "ALTER_TSCONFIG_DROP_MAPPING") {
    for (const std::string& token : tokens) {
      if (mappings.erase(token)) continue;
      if (!boolean(stmt, "missing_ok")) throw ParseFailure{-1, "mapping for token type \"" + token + "\" does not exist"};
      warn(-1, "mapping for token type \"" + token + "\" does not exist, skipping");
    }
  } else {  // ALTER MAPPING [FOR tokens] REPLACE old WITH new
    for (auto& [token, mapped] : mappings)
      if (tokens.empty() || std::find(tokens.begin(), tokens.end(), token) != tokens.end())
        std::replace(mapped.begin(), mapped.end(), dictionaries.at(0), dictionaries.at(1));
  }
}

}  // namespace schemac::pg
