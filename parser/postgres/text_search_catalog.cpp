#include "parser/postgres/text_search_catalog.hpp"

#include <algorithm>
#include <array>

namespace schemac::pg {
namespace {

// One snowball stemmer, dictionary and configuration per language.
constexpr std::array<std::string_view, 28> kLanguages = {
    "arabic",    "armenian",   "basque",    "catalan",    "danish",   "dutch",     "english",
    "finnish",   "french",     "german",    "greek",      "hindi",    "hungarian", "indonesian",
    "irish",     "italian",    "lithuanian", "nepali",    "norwegian", "portuguese", "romanian",
    "russian",   "serbian",    "spanish",   "swedish",    "tamil",    "turkish",   "yiddish"};

// Languages not written in Latin script stem ASCII words as English.
constexpr std::array<std::string_view, 2> kAsciiAsEnglish = {"hindi", "russian"};

constexpr std::array<std::string_view, 23> kDefaultParserTokens = {
    "asciiword", "word",  "numword", "asciihword", "hword",  "numhword", "hword_asciipart", "hword_part",
    "hword_numpart", "email", "protocol", "url", "host", "url_path", "file", "sfloat", "float", "int", "uint",
    "version", "tag", "entity", "blank"};

// initdb maps every token type but these.
constexpr std::array<std::string_view, 4> kUnmapped = {"protocol", "tag", "entity", "blank"};
constexpr std::array<std::string_view, 3> kAsciiWords = {"asciiword", "asciihword", "hword_asciipart"};
constexpr std::array<std::string_view, 3> kWords = {"word", "hword", "hword_part"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& items, std::string_view item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

QualifiedName in_catalog(std::string_view name) { return QualifiedName{"pg_catalog", std::string(name)}; }

}  // namespace

bool builtin_text_search_dictionary(std::string_view name) {
  if (name == "simple") return true;
  return name.ends_with("_stem") && contains(kLanguages, name.substr(0, name.size() - 5));
}

bool builtin_text_search_template(std::string_view name) {
  return name == "simple" || name == "synonym" || name == "thesaurus" || name == "ispell" || name == "snowball";
}

bool default_parser_token(std::string_view token) { return contains(kDefaultParserTokens, token); }

std::optional<TextSearchConfiguration> builtin_text_search_configuration(std::string_view name) {
  if (name != "simple" && !contains(kLanguages, name)) return std::nullopt;
  TextSearchConfiguration config;
  config.name = in_catalog(name);
  config.parser = in_catalog("default");
  const std::string stem = name == "simple" ? "simple" : std::string(name) + "_stem";
  const std::string ascii_stem = contains(kAsciiAsEnglish, name) ? "english_stem" : stem;
  for (std::string_view token : kDefaultParserTokens) {
    if (contains(kUnmapped, token)) continue;
    const std::string dictionary = contains(kAsciiWords, token) ? ascii_stem : contains(kWords, token) ? stem : "simple";
    config.mappings[std::string(token)] = {in_catalog(dictionary)};
  }
  return config;
}

}  // namespace schemac::pg
