#include <catch2/catch.hpp>

#include "model/implicit_names.hpp"

using namespace schemac;

TEST_CASE("implicit names follow PostgreSQL's makeObjectName") {
  CHECK(make_object_name("t", "", "pkey") == "t_pkey");
  CHECK(make_object_name("t", "a_b", "key") == "t_a_b_key");
  // 63-byte limit: the longer part is trimmed first.
  const std::string long_table(60, 't');
  const std::string name = make_object_name(long_table, "col", "fkey");
  CHECK(name.size() == 63);
  CHECK(name.ends_with("_col_fkey"));
}

TEST_CASE("implicit names get a number when taken") {
  auto taken = [](const std::string& n) { return n == "t_a_check" || n == "t_a_check1"; };
  CHECK(choose_object_name("t", "a", "check", taken) == "t_a_check2");
}

TEST_CASE("truncation never splits a UTF-8 character") {
  std::string name(62, 'x');
  name += "é";  // 2 bytes, crosses byte 63
  CHECK(truncate_identifier(name) == std::string(62, 'x'));
}
