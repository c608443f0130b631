// The floor for `schemac diff A B`: libpg_query parsing both files to JSON,
// one after the other, doing nothing with the result.
//   parse_floor A.sql B.sql   -> prints milliseconds
#include <pg_query.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
  std::string texts[2];
  if (argc != 3) {
    std::fprintf(stderr, "usage: parse_floor A.sql B.sql\n");
    return 2;
  }
  for (int i = 0; i < 2; ++i) {
    std::ifstream in(argv[i + 1]);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    texts[i] = buffer.str();
  }
  const auto start = std::chrono::steady_clock::now();
  for (const auto& text : texts) {
    PgQueryParseResult result = pg_query_parse(text.c_str());
    if (result.error) std::fprintf(stderr, "parse error: %s\n", result.error->message);
    pg_query_free_parse_result(result);
  }
  const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
  std::printf("%.1f\n", elapsed.count());
  return 0;
}
