#include <catch2/catch.hpp>

#include "inspect/postgres/catalog_queries.hpp"
#include "inspect/postgres/catalog_version.hpp"

using namespace schemac::pg::catalog;

TEST_CASE("servers older than 14 get one line naming their version") {
  const auto reason = unsupported(ServerVersion{130012}, "13.12");
  REQUIRE(reason);
  CHECK(*reason == "PostgreSQL 13.12 is not supported: schemac reads PostgreSQL 14 to 18");
  CHECK_FALSE(unsupported(ServerVersion{140023}, "14.23"));
  CHECK_FALSE(unsupported(ServerVersion{180004}, "18.4"));
}

TEST_CASE("catalog queries name the columns each major has") {
  const std::string on17 = for_server(kCollationsAndOperators, ServerVersion{170010});
  const std::string on15 = for_server(kCollationsAndOperators, ServerVersion{150020});
  const std::string on14 = for_server(kCollationsAndOperators, ServerVersion{140023});
  CHECK(on17.find("c.colllocale") != std::string::npos);
  CHECK(on15.find("c.colliculocale") != std::string::npos);
  CHECK(on15.find("c.colllocale") == std::string::npos);
  CHECK(on14.find("colliculocale") == std::string::npos);
  CHECK(on14.find("quote_literal(c.collcollate)") != std::string::npos);
  // 14 has no NULLS NOT DISTINCT and no ON DELETE SET NULL (columns).
  const std::string constraints14 = for_server(kConstraints, ServerVersion{140023});
  CHECK(constraints14.find("indnullsnotdistinct") == std::string::npos);
  CHECK(constraints14.find("confdelsetcols") == std::string::npos);
  CHECK(for_server(kConstraints, ServerVersion{180004}).find("x.indnullsnotdistinct") != std::string::npos);
  for (const std::string& sql : {on17, on15, on14, constraints14})
    for (const char* marker : {"%FILTER%", "%COLLATION_LOCALE%", "%INDEX_NULLS_NOT_DISTINCT%", "%DELETE_SET_COLUMNS%", "%CONSTRAINT_ENFORCED%",
                               "%CONSTRAINT_PERIOD%"})
      CHECK(sql.find(marker) == std::string::npos);
}
