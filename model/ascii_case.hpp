#pragma once
// ASCII case folding, as SQL folds keywords and (unquoted) names; bytes
// outside ASCII are left as they are.
#include <string>
#include <string_view>

namespace schemac {

std::string ascii_lower(std::string_view text);
std::string ascii_upper(std::string_view text);

}  // namespace schemac
