#pragma once
// The DDL a DO block runs. Schema files wrap DDL in DO blocks to make it
// tolerant or conditional: BEGIN ... EXCEPTION WHEN duplicate_object THEN NULL
// END, IF NOT EXISTS (SELECT ... FROM pg_type ...) THEN CREATE TYPE ... END
// IF. On the fresh database a desired state describes, such a block runs its
// main path, so that path is what is read; anything more procedural (loops,
// EXECUTE of built strings, IF with other conditions) is unsupported.
#include <string>
#include <string_view>
#include <vector>

namespace schemac::pg {

struct DoBlockStatements {
  std::vector<std::string> queries;  // SQL text, verbatim from the body, in order
  bool skipped_handlers = false;     // an EXCEPTION handler that does more than NULL was left out
};

// `body`: the block's PL/pgSQL source. Throws ParseFailure (unsupported when
// the block is not of the shape above).
DoBlockStatements read_do_block(std::string_view body);

}  // namespace schemac::pg
