#include "codegen/plan/fingerprint.hpp"

#include <ostream>

#include "diff/diff.hpp"
#include "model/fnv1a.hpp"

namespace schemac {
namespace {

// Hashes what is written to it, without keeping it.
class HashingBuffer : public std::streambuf {
 public:
  Fnv1a hash;

 protected:
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) hash.add(static_cast<char>(c));
    return c;
  }
  std::streamsize xsputn(const char* text, std::streamsize count) override {
    hash.add(std::string_view(text, static_cast<std::size_t>(count)));
    return count;
  }
};

}  // namespace

std::string schema_fingerprint(const Schema& schema, const Dialect& dialect) {
  auto changes = diff(Schema{}, schema, options_for(dialect.table_rules()));
  HashingBuffer buffer;
  std::ostream out(&buffer);
  if (changes) write_script(dialect, std::move(changes).value(), out);
  else out << "unplannable";
  out.flush();
  return buffer.hash.text();
}

}  // namespace schemac
