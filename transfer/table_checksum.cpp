#include "transfer/table_checksum.hpp"

#include <fmt/format.h>

namespace schemac {

std::string TableChecksum::text() const { return fmt::format("{:016x}", sum_); }

}  // namespace schemac
