#include "tests/golden/case_file.hpp"

#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

namespace schemac::golden {
namespace {

const char* const kSections[] = {"current", "data", "desired", "options", "min-version", "catalog-differs", "up", "down", "error", "text", "json", "markdown"};

std::string trim_trailing_blank_lines(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text.empty() ? text : text + "\n";
}

}  // namespace

int minimum_version(const Case& c) {
  const auto found = c.sections.find("min-version");
  if (found == c.sections.end()) return 0;
  try {
    return std::stoi(found->second);
  } catch (const std::exception&) {
    throw std::runtime_error(c.name + ": -- min-version holds '" + found->second + "', not a PostgreSQL major");
  }
}

CaseFile read_case_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  CaseFile file{path, {}, {}};
  std::string line, section;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind("# case:", 0) == 0) {
      Case c;
      c.name = line.substr(7);
      c.name.erase(0, c.name.find_first_not_of(' '));
      c.line = number;
      file.cases.push_back(std::move(c));
      section.clear();
      continue;
    }
    if (file.cases.empty()) {
      file.preamble += line + "\n";
      continue;
    }
    bool header = false;
    for (const char* name : kSections) {
      if (line == std::string("-- ") + name) {
        section = name;
        file.cases.back().sections[section];
        file.cases.back().section_order.push_back(section);
        header = true;
      }
    }
    if (header) continue;
    if (section.empty()) {
      if (!line.empty() && line[0] != '#')
        throw std::runtime_error(path + ":" + std::to_string(number) + ": text outside a section");
      continue;
    }
    file.cases.back().sections[section] += line + "\n";
  }
  for (Case& c : file.cases)
    for (auto& [name, text] : c.sections) text = trim_trailing_blank_lines(text);
  return file;
}

std::string check_expected(Case& c, const std::string& up, const std::string& down, const std::string& error, bool rewrite) {
  auto section = [&](const std::string& name) {
    auto it = c.sections.find(name);
    return it == c.sections.end() ? std::string{} : it->second;
  };
  if (c.sections.contains("error")) {
    std::string wanted = section("error");
    while (!wanted.empty() && wanted.back() == '\n') wanted.pop_back();
    if (error.empty()) return "expected an error containing: " + wanted + "\ngot up:\n" + up;
    if (error.find(wanted) == std::string::npos) return "error text differs; expected to contain: " + wanted + "\ngot:\n" + error;
    return "";
  }
  if (!error.empty()) return "unexpected error:\n" + error;
  if (rewrite) {
    for (const char* name : {"up", "down"}) {
      if (!c.sections.contains(name)) c.section_order.push_back(name);
      c.sections[name] = std::string(name) == "up" ? up : down;
    }
    return "";
  }
  std::string failure;
  if (up != section("up")) failure += "up differs\n--- expected\n" + section("up") + "--- got\n" + up;
  if (down != section("down")) failure += "down differs\n--- expected\n" + section("down") + "--- got\n" + down;
  return failure;
}

void write_case_file(const CaseFile& file) {
  std::ostringstream out;
  out << file.preamble;
  for (std::size_t i = 0; i < file.cases.size(); ++i) {
    const Case& c = file.cases[i];
    if (i) out << "\n";
    out << "# case: " << c.name << "\n";
    for (const auto& section : c.section_order) out << "-- " << section << "\n" << c.sections.at(section);
  }
  std::ofstream(file.path) << out.str();
}

int run_case_files(const std::vector<std::string>& paths, bool rewrite,
                   const std::function<std::optional<std::string>(Case&)>& check) {
  int passed = 0, failed = 0, skipped = 0;
  for (const std::string& path : paths) {
    CaseFile file = read_case_file(path);
    for (Case& c : file.cases) {
      const std::optional<std::string> failure = check(c);
      if (!failure) {
        ++skipped;
      } else if (failure->empty()) {
        ++passed;
      } else {
        ++failed;
        std::cout << "FAIL " << file.path << ":" << c.line << ": " << c.name << "\n" << *failure << "\n";
      }
    }
    if (rewrite) write_case_file(file);
  }
  std::cout << passed << " passed, " << failed << " failed";
  if (skipped) std::cout << ", " << skipped << " skipped";
  std::cout << "\n";
  return failed == 0 && passed + skipped > 0 ? 0 : 1;
}

}  // namespace schemac::golden
