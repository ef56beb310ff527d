#include "report/number_format.hpp"

#include <algorithm>

namespace mkba::report {
namespace {

struct Separators {
  char group;
  char decimal;
};

Separators separators(Locale locale) {
  return locale == Locale::nl ? Separators{'.', ','} : Separators{',', '.'};
}

// Writes a rounded decimal with optional grouping.
std::string write(const Decimal& d, char group, char decimal) {
  Int128 magnitude = d.units < 0 ? -d.units : d.units;
  std::string digits = to_string(magnitude);
  if (static_cast<int>(digits.size()) <= d.scale)
    digits.insert(0, static_cast<std::size_t>(d.scale) - digits.size() + 1, '0');
  std::string whole = digits.substr(0, digits.size() - static_cast<std::size_t>(d.scale));
  std::string fraction = digits.substr(whole.size());
  std::string grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (group && i > 0 && (whole.size() - i) % 3 == 0) grouped.push_back(group);
    grouped.push_back(whole[i]);
  }
  std::string out = (d.units < 0 ? "-" : "") + grouped;
  if (d.scale > 0) out += decimal + fraction;
  return out;
}

}  // namespace

std::string format_fixed(const Exact& value, int decimals, Locale locale) {
  auto s = separators(locale);
  return write(value.round(decimals), s.group, s.decimal);
}

std::string format_amount(const Money& m, Locale locale) {
  return format_fixed(m.exact(), 2, locale);
}

std::string format_exact(const Exact& value, Locale locale) {
  int decimals = value.exact_decimals(12).value_or(12);
  return format_fixed(value, decimals, locale);
}

std::string format_ratio(const Quantity& q, Locale locale) {
  return format_fixed(q.exact(), 2, locale);
}

std::string format_count(long long n, Locale locale) {
  return format_fixed(Exact::integer(n), 0, locale);
}

std::string format_rounded_amount(const Money& m, Locale locale) {
  const Exact& x = m.exact();
  const Exact million = Exact::integer(1'000'000), billion = Exact::integer(1'000'000'000);
  const Exact magnitude = x.is_negative() ? -x : x;
  const bool nl = locale == Locale::nl;
  // The scale of the rounded value: 999.999,50 rounds to a million, and
  // 999,95 million to a billion.
  if (magnitude >= billion - million / Exact::integer(20))
    return "EUR " + format_fixed(x / billion, 1, locale) + (nl ? " mld" : " billion");
  if (magnitude >= million - Exact::fraction(1, 2))
    return "EUR " + format_fixed(x / million, 1, locale) + (nl ? " mln" : " million");
  return "EUR " + format_fixed(x, 0, locale);
}

std::string plain_fixed(const Exact& value, int decimals) {
  return write(value.round(decimals), 0, '.');
}

namespace {

int price_places(const Exact& v) { return std::max(2, v.exact_decimals(4).value_or(4)); }
int places(const Exact& v, int most) { return v.exact_decimals(most).value_or(most); }

}  // namespace

std::string format_value(const Value& v, Locale locale) {
  const Exact& x = v.number;
  switch (v.type) {
    case ValueType::money:
      return "EUR " + format_fixed(x, price_places(x), locale);
    case ValueType::share:
    case ValueType::rate: {
      const Exact percent = x * Exact::integer(100);
      return format_fixed(percent, places(percent, 4), locale) + "%";
    }
    case ValueType::count:
      return format_fixed(x, 0, locale);
    case ValueType::year:
      return plain_fixed(x, 0);
    case ValueType::quantity:
      return format_fixed(x, places(x, 4), locale);
    case ValueType::choice:
      return v.choice;
  }
  return {};
}

std::string plain_value(const Value& v) {
  const Exact& x = v.number;
  switch (v.type) {
    case ValueType::money:
      return plain_fixed(x, price_places(x));
    case ValueType::share:
    case ValueType::rate:
      return plain_fixed(x, places(x, 6));
    case ValueType::count:
    case ValueType::year:
      return plain_fixed(x, 0);
    case ValueType::quantity:
      return plain_fixed(x, places(x, 4));
    case ValueType::choice:
      return v.choice;
  }
  return {};
}

}  // namespace mkba::report
