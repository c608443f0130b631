// Text search dictionaries and configurations: created before the tables
// (index expressions name configurations), dropped after them. Options and
// mappings are altered in place; a new template or parser means drop and
// create, and a configuration mapping to a dictionary made again is made again
// too (the dictionary cannot be dropped under it).
#include <algorithm>

#include "diff/differ.hpp"

namespace schemac::detail {
namespace {

// Dictionaries are made before the configurations that map to them, and dropped after.
enum CreateRank : std::size_t { kDictionaryMade = 0, kConfigurationMade = 1 };
enum DropRank : std::size_t { kConfigurationDropped = 0, kDictionaryDropped = 1 };

bool maps_to_any(const TextSearchConfiguration& config, const std::set<QualifiedName>& dictionaries) {
  return std::any_of(config.mappings.begin(), config.mappings.end(), [&](const auto& mapping) {
    return std::any_of(mapping.second.begin(), mapping.second.end(), [&](const QualifiedName& d) { return dictionaries.contains(d); });
  });
}

AlterTextSearchDictionary option_changes(const TextSearchDictionary& from, const TextSearchDictionary& to) {
  AlterTextSearchDictionary out{to.name, {}, {}};
  for (const auto& option : to.options)
    if (std::find(from.options.begin(), from.options.end(), option) == from.options.end()) out.set.push_back(option);
  for (const auto& option : from.options)
    if (std::none_of(to.options.begin(), to.options.end(), [&](const auto& o) { return o.first == option.first; }))
      out.removed.push_back(option.first);
  return out;
}

// Changed token types, those mapped to the same dictionaries in one statement.
std::vector<AlterTextSearchMapping> mapping_changes(const TextSearchConfiguration& from, const TextSearchConfiguration& to) {
  std::map<std::vector<QualifiedName>, std::vector<std::string>> by_dictionaries;
  for (const auto& [token, dictionaries] : to.mappings)
    if (auto old = from.mappings.find(token); old == from.mappings.end() || old->second != dictionaries)
      by_dictionaries[dictionaries].push_back(token);
  for (const auto& [token, dictionaries] : from.mappings)
    if (!to.mappings.contains(token)) by_dictionaries[{}].push_back(token);
  std::vector<AlterTextSearchMapping> out;
  for (auto& [dictionaries, tokens] : by_dictionaries) out.push_back({to.name, std::move(tokens), dictionaries});
  return out;
}

}  // namespace

void Differ::text_search() {
  const auto from_dictionaries = index_by_name(from_.text_search_dictionaries);
  const auto to_dictionaries = index_by_name(to_.text_search_dictionaries);
  std::set<QualifiedName> remade;
  for (const auto& [name, dictionary] : to_dictionaries) {
    const ObjectKey key{ObjectKind::TextSearchDictionary, name, {}};
    const TextSearchDictionary* old = lookup(from_dictionaries, name);
    if (old && old->template_name == dictionary->template_name) {
      if (AlterTextSearchDictionary change = option_changes(*old, *dictionary); !change.set.empty() || !change.removed.empty())
        emit(kCreateTypes, std::move(change), key, dictionary->where, {}, kDictionaryMade);
      comment(key, old->comment, dictionary->comment);
      continue;
    }
    if (old) {
      remade.insert(name);
      emit(kDropViews, DropTextSearchDictionary{*old}, key, {},
           {Hazard{HazardKind::BackwardIncompatible, "makes text search dictionary " + to_string(name) + " again"}}, kDictionaryDropped);
    }
    emit(kCreateTypes, CreateTextSearchDictionary{*dictionary}, key, dictionary->where, {}, kDictionaryMade);
    comment(key, std::nullopt, dictionary->comment);
  }
  for (const auto& [name, dictionary] : from_dictionaries)
    if (!lookup(to_dictionaries, name))
      emit(kDropTypes, DropTextSearchDictionary{*dictionary}, {ObjectKind::TextSearchDictionary, name, {}}, {}, {}, kDictionaryDropped);

  const auto from_configs = index_by_name(from_.text_search_configurations);
  const auto to_configs = index_by_name(to_.text_search_configurations);
  for (const auto& [name, config] : to_configs) {
    const ObjectKey key{ObjectKind::TextSearchConfiguration, name, {}};
    const TextSearchConfiguration* old = lookup(from_configs, name);
    if (old && old->parser == config->parser && !maps_to_any(*old, remade)) {
      for (AlterTextSearchMapping& change : mapping_changes(*old, *config))
        emit(kCreateTypes, std::move(change), key, config->where, {}, kConfigurationMade);
      comment(key, old->comment, config->comment);
      continue;
    }
    if (old)
      emit(kDropViews, DropTextSearchConfiguration{*old}, key, {},
           {Hazard{HazardKind::BackwardIncompatible, "makes text search configuration " + to_string(name) + " again"}},
           kConfigurationDropped);
    emit(kCreateTypes, CreateTextSearchConfiguration{*config}, key, config->where, {}, kConfigurationMade);
    comment(key, std::nullopt, config->comment);
  }
  for (const auto& [name, config] : from_configs)
    if (!lookup(to_configs, name))
      emit(kDropTypes, DropTextSearchConfiguration{*config}, {ObjectKind::TextSearchConfiguration, name, {}}, {}, {}, kConfigurationDropped);
}

}  // namespace schemac::detail
