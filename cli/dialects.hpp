#pragma once
// The codegen dialect a command writes SQL for, by name.
#include <memory>
#include <string_view>

#include "codegen/dialect.hpp"

namespace schemac::cli {

std::unique_ptr<Dialect> make_dialect(std::string_view name);  // "postgres" or "sqlite"

}  // namespace schemac::cli
