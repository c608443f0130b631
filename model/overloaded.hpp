#pragma once
// std::visit with one lambda per alternative.
namespace schemac {

template <class... Ts>
struct overloaded : Ts... {
  using Ts::operator()...;
};

}  // namespace schemac
