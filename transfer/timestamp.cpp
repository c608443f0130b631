#include "transfer/timestamp.hpp"

#include <chrono>
#include <cmath>
#include <fmt/format.h>

namespace schemac {
namespace {

constexpr Micros kMicrosPerSecond = 1'000'000;
constexpr Micros kMicrosPerDay = 86'400 * kMicrosPerSecond;

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}
  bool done() const { return at_ == text_.size(); }
  char peek() const { return done() ? '\0' : text_[at_]; }
  bool take(char c) {
    if (peek() != c) return false;
    ++at_;
    return true;
  }
  // Exactly `count` digits.
  std::optional<int> digits(int count) {
    int value = 0;
    for (int i = 0; i < count; ++i) {
      const char c = peek();
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + (c - '0');
      ++at_;
    }
    return value;
  }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

std::optional<Micros> days_to_micros(int year, int month, int day) {
  using namespace std::chrono;
  const year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)}, std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return std::nullopt;
  return static_cast<Micros>(sys_days{date}.time_since_epoch().count()) * kMicrosPerDay;
}

// Floor division, so times before 1970 split into the right day.
std::pair<Micros, Micros> split_day(Micros value) {
  Micros days = value / kMicrosPerDay, rest = value % kMicrosPerDay;
  if (rest < 0) rest += kMicrosPerDay, --days;
  return {days, rest};
}

}  // namespace

std::optional<Micros> parse_iso_timestamp(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  Reader in(text);
  const auto year = in.digits(4);
  if (!year || !in.take('-')) return std::nullopt;
  const auto month = in.digits(2);
  if (!month || !in.take('-')) return std::nullopt;
  const auto day = in.digits(2);
  if (!day) return std::nullopt;
  auto value = days_to_micros(*year, *month, *day);
  if (!value) return std::nullopt;
  if (in.done()) return value;
  if (!in.take(' ') && !in.take('T')) return std::nullopt;
  const auto hour = in.digits(2);
  if (!hour || !in.take(':')) return std::nullopt;
  const auto minute = in.digits(2);
  if (!minute || *hour > 24 || *minute > 59) return std::nullopt;
  int second = 0;
  Micros fraction = 0;
  if (in.take(':')) {
    const auto s = in.digits(2);
    if (!s || *s > 60) return std::nullopt;
    second = *s;
    if (in.take('.')) {
      Micros scale = 100'000;
      bool any = false, round_up = false;
      for (char c = in.peek(); c >= '0' && c <= '9'; c = in.peek()) {
        in.take(c);
        if (!any) any = true;
        if (scale > 0) {
          fraction += (c - '0') * scale;
          scale /= 10;
        } else if (scale == 0) {
          round_up = c >= '5';
          scale = -1;
        }
      }
      if (!any) return std::nullopt;
      fraction += round_up ? 1 : 0;
    }
  }
  *value += ((*hour * 60 + *minute) * 60 + second) * kMicrosPerSecond + fraction;
  if (in.done() || in.take('Z')) return in.done() ? value : std::nullopt;
  const char sign = in.peek();
  if (sign != '+' && sign != '-') return std::nullopt;
  in.take(sign);
  const auto zone_hours = in.digits(2);
  if (!zone_hours) return std::nullopt;
  int zone_minutes = 0;
  if (!in.done()) {
    in.take(':');
    const auto m = in.digits(2);
    if (!m) return std::nullopt;
    zone_minutes = *m;
  }
  if (!in.done() || *zone_hours > 15 || zone_minutes > 59) return std::nullopt;
  const Micros offset = (*zone_hours * 60 + zone_minutes) * 60 * kMicrosPerSecond;
  return sign == '+' ? *value - offset : *value + offset;
}

std::optional<Micros> from_epoch(std::int64_t value) {
  constexpr std::int64_t kMillisecondsFrom = 100'000'000'000;  // seconds: year 5138
  constexpr std::int64_t kLimit = 253'402'300'800'000;          // milliseconds: year 10000
  if (value >= kLimit || value <= -kLimit) return std::nullopt;
  if (value >= kMillisecondsFrom || value <= -kMillisecondsFrom) return value * 1000;
  return value * kMicrosPerSecond;
}

std::optional<Micros> from_real(double value) {
  if (!std::isfinite(value)) return std::nullopt;
  constexpr double kJulianYear0 = 1721059.5, kJulianYear10000 = 5373484.5, kJulianUnixEpoch = 2440587.5;
  if (value >= kJulianYear0 && value < kJulianYear10000)
    return static_cast<Micros>(std::llround((value - kJulianUnixEpoch) * static_cast<double>(kMicrosPerDay)));
  if (std::fabs(value) >= 253'402'300'800.0) return std::nullopt;
  return static_cast<Micros>(std::llround(value * static_cast<double>(kMicrosPerSecond)));
}

std::string format_timestamp(Micros value, bool with_zone) {
  const auto [days, rest] = split_day(value);
  const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{days}}};
  const Micros seconds = rest / kMicrosPerSecond, fraction = rest % kMicrosPerSecond;
  std::string out = fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                                static_cast<unsigned>(date.day()), seconds / 3600, seconds / 60 % 60, seconds % 60);
  if (fraction) out += fmt::format(".{:06}", fraction);
  if (with_zone) out += "+00";
  return out;
}

std::string format_date(Micros value) {
  const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{split_day(value).first}}};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

}  // namespace schemac
