#include "report/svg_axis.hpp"

#include <algorithm>
#include <cmath>

#include "report/svg.hpp"
#include "report/words.hpp"

namespace mkba::report::svg {
namespace {

double power_of_ten(int e) {
  double p = 1;
  for (int i = 0; i < std::abs(e); ++i) p *= 10;
  return e < 0 ? 1 / p : p;
}

Int128 exact_power_of_ten(int e) {
  Int128 p = 1;
  for (int i = 0; i < e; ++i) p *= 10;
  return p;
}

constexpr double label_gap = 12;  // pixels between two tick labels at least

// Labels in millions once the ticks reach them and step by 100.000 or more.
int amount_scale(const Ticks& t) {
  double largest = std::max(std::abs(t.low()), std::abs(t.high()));
  return largest >= 1e6 && t.exponent >= 5 ? 6 : 0;
}

}  // namespace

double Ticks::value(long long k) const {
  double n = static_cast<double>(k * mantissa);
  return exponent < 0 ? n / power_of_ten(-exponent) : n * power_of_ten(exponent);
}

Ticks nice_ticks(double low, double high, int most) {
  if (!std::isfinite(low) || !std::isfinite(high)) low = 0, high = 1;
  if (!(high > low)) {
    double d = std::max(std::abs(low) * 0.05, 1.0);
    low -= d;
    high += d;
  }
  Ticks t;
  double raw = (high - low) / std::max(most, 1);
  t.exponent = static_cast<int>(std::floor(std::log10(raw)));
  t.mantissa = 10;
  for (long long m : {1, 2, 5})
    if (m * power_of_ten(t.exponent) >= raw * (1 - 1e-9)) {
      t.mantissa = m;
      break;
    }
  if (t.mantissa == 10) t.mantissa = 1, ++t.exponent;
  double step = t.value(1);
  t.first = static_cast<long long>(std::floor(low / step + 1e-9));
  t.last = static_cast<long long>(std::ceil(high / step - 1e-9));
  if (t.last <= t.first) t.last = t.first + 1;
  return t;
}

std::string tick_label(const Ticks& t, long long k, Locale locale) {
  int e = t.exponent - t.scale;
  Int128 n = static_cast<Int128>(k) * t.mantissa;
  Exact value = e >= 0 ? Exact::fraction(n * exact_power_of_ten(e), 1)
                       : Exact::fraction(n, exact_power_of_ten(-e));
  return format_fixed(value, std::max(0, -e), locale);
}

Ticks fitting_ticks(double low, double high, double pixels, Locale locale, bool amounts) {
  Ticks t;
  for (int most = 10; most >= 1; --most) {
    t = nice_ticks(low, high, most);
    t.scale = amounts ? amount_scale(t) : 0;
    double spacing = pixels / static_cast<double>(t.last - t.first);
    if (widest_label(t, locale) + label_gap <= spacing) break;
  }
  return t;
}

Ticks upright_amount_ticks(double low, double high, double pixels) {
  Ticks t = nice_ticks(low, high, std::clamp(static_cast<int>(pixels / 40), 1, 10));
  t.scale = amount_scale(t);
  return t;
}

Ticks count_ticks(long long most_counted, double pixels) {
  Ticks t = nice_ticks(0, static_cast<double>(std::max(most_counted, 1LL)),
                       std::clamp(static_cast<int>(pixels / 40), 1, 10));
  if (t.exponent < 0) t = Ticks{0, std::max(most_counted, 1LL), 1, 0, 0};
  return t;
}

double widest_label(const Ticks& t, Locale locale) {
  double widest = 0;
  for (long long k = t.first; k <= t.last; ++k)
    widest = std::max(widest, text_width(tick_label(t, k, locale)));
  return widest;
}

std::string amount_unit(const Ticks& t, Locale locale) {
  return " (" + (t.scale == 6 ? tr(locale, "EUR million") : std::string("EUR")) + ")";
}

std::string x_axis(const Ticks& t, const Scale& x, double top, double bottom, Locale locale) {
  std::string out;
  for (long long k = t.first; k <= t.last; ++k) {
    double at = x(t.value(k));
    out += line(at, top, at, bottom, grid_colour);
    out += line(at, bottom, at, bottom + 4, ink);
    out += text(at, bottom + 4 + line_height, tick_label(t, k, locale), "middle");
  }
  return out + line(x.from, bottom, x.to, bottom, ink);
}

std::string y_axis(const Ticks& t, const Scale& y, double left, double right, Locale locale) {
  std::string out;
  for (long long k = t.first; k <= t.last; ++k) {
    double at = y(t.value(k));
    out += line(left, at, right, at, grid_colour);
    out += line(left - 4, at, left, at, ink);
    out += text(left - 6, at + 4, tick_label(t, k, locale), "end");
  }
  return out + line(left, y.from, left, y.to, ink);
}

}  // namespace mkba::report::svg
