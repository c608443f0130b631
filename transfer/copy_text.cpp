#include "transfer/copy_text.hpp"

namespace schemac {

void append_copy_field(std::string_view value, std::string& out) {
  for (char c : value) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
}

void for_each_copy_field(std::string_view line, std::string& scratch, const std::function<void(std::optional<std::string_view>)>& each) {
  std::size_t start = 0;
  while (true) {
    std::size_t end = line.find('\t', start);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view field = line.substr(start, end - start);
    if (field == kCopyNull) {
      each(std::nullopt);
    } else if (field.find('\\') == std::string_view::npos) {
      each(field);
    } else {
      scratch.clear();
      for (std::size_t i = 0; i < field.size(); ++i) {
        if (field[i] != '\\' || i + 1 == field.size()) {
          scratch += field[i];
          continue;
        }
        const char next = field[++i];
        switch (next) {
          case 'n': scratch += '\n'; break;
          case 'r': scratch += '\r'; break;
          case 't': scratch += '\t'; break;
          case 'b': scratch += '\b'; break;
          case 'f': scratch += '\f'; break;
          case 'v': scratch += '\v'; break;
          default: scratch += next;  // \\ and any other escaped character stand for themselves
        }
      }
      each(std::string_view(scratch));
    }
    if (end == line.size()) break;
    start = end + 1;
  }
}

}  // namespace schemac
