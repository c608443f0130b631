#pragma once
// The value of an operation that can fail because of its input. User errors
// travel as Diagnostics in a Result; exceptions are kept for bugs.
#include <utility>
#include <variant>
#include <vector>

#include "model/source_range.hpp"

namespace schemac {

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit on purpose, like std::expected
  Result(Diagnostic error) : state_(std::vector<Diagnostic>{std::move(error)}) {}  // NOLINT
  Result(std::vector<Diagnostic> errors) : state_(std::move(errors)) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const std::vector<Diagnostic>& errors() const { return std::get<std::vector<Diagnostic>>(state_); }

 private:
  std::variant<T, std::vector<Diagnostic>> state_;
};

}  // namespace schemac
