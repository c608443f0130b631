#pragma once
// std::visit with one lambda per alternative.
namespace schemac {

template <class... Ts>
struct overloaded : Ts... {
  using Ts::operator()...;
};
// Spelled out for clang 14, which does not deduce an aggregate's arguments.
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

}  // namespace schemac
