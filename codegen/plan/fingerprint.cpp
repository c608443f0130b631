#include "codegen/plan/fingerprint.hpp"

#include <cstdint>
#include <sstream>

#include "diff/diff.hpp"

namespace schemac {
namespace {

// Hashes what is written to it, without keeping it.
class HashingBuffer : public std::streambuf {
 public:
  std::uint64_t hash = 14695981039346656037ULL;

 protected:
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) add(static_cast<char>(c));
    return c;
  }
  std::streamsize xsputn(const char* text, std::streamsize count) override {
    for (std::streamsize i = 0; i < count; ++i) add(text[i]);
    return count;
  }

 private:
  void add(char c) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
};

}  // namespace

std::string schema_fingerprint(const Schema& schema, const Dialect& dialect) {
  auto changes = diff(Schema{}, schema, options_for(dialect.table_rules()));
  HashingBuffer buffer;
  std::ostream out(&buffer);
  if (changes) write_script(dialect, std::move(changes).value(), out);
  else out << "unplannable";
  std::ostringstream hex;
  hex << "fnv1a64:" << std::hex;
  hex.width(16);
  hex.fill('0');
  hex << buffer.hash;
  return hex.str();
}

}  // namespace schemac
