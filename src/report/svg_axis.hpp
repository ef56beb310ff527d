#pragma once
// Axes for the charts: ticks at nice numbers (1, 2 or 5 times a power of
// ten), gridlines, and tick labels in the locale's number format, never so
// close that they overlap.

#include <string>

#include "report/number_format.hpp"

namespace mkba::report::svg {

// Ticks k x step for k from `first` to `last`, step = mantissa x 10^exponent.
// Each tick is a whole multiple of the step, so its label is an exact decimal.
struct Ticks {
  long long first = 0, last = 1;
  long long mantissa = 1;  // 1, 2 or 5
  int exponent = 0;
  int scale = 0;  // labels show value / 10^scale: 6 for amounts in millions
  double value(long long k) const;
  double low() const { return value(first); }
  double high() const { return value(last); }
};

// At most `most` steps covering [low, high]; an empty or non-finite range
// is widened around its value.
Ticks nice_ticks(double low, double high, int most);
// The label of tick k, in the locale: "2.500", "1,5" (in millions), "-0,2".
std::string tick_label(const Ticks& ticks, long long k, Locale locale);
// As many ticks over `pixels` as have room for their labels, amounts in
// millions when the ticks are that large.
Ticks fitting_ticks(double low, double high, double pixels, Locale locale, bool amounts);
// Amount ticks for an upright axis of `pixels`, about 40 pixels apart (its
// labels stand side by side, so their width does not count).
Ticks upright_amount_ticks(double low, double high, double pixels);
// Whole-number ticks from 0 to at least `most_counted`, about 40 pixels apart.
Ticks count_ticks(long long most_counted, double pixels);
// The width of the widest label.
double widest_label(const Ticks& ticks, Locale locale);
// What a tick label counts, after a figure's name: " (EUR)", " (EUR mln)".
std::string amount_unit(const Ticks& ticks, Locale locale);

// A linear map from the ticks' range to pixels [from, to].
struct Scale {
  double low, high, from, to;
  Scale(const Ticks& t, double from_px, double to_px)
      : low(t.low()), high(t.high()), from(from_px), to(to_px) {}
  double operator()(double v) const { return from + (v - low) / (high - low) * (to - from); }
};

// Vertical gridlines from `top` to `bottom` at the ticks of `x`, the axis
// line at `bottom` and the labels under it.
std::string x_axis(const Ticks& ticks, const Scale& x, double top, double bottom, Locale locale);
// Horizontal gridlines from `left` to `right` at the ticks of `y`, labels to
// the left of `left`.
std::string y_axis(const Ticks& ticks, const Scale& y, double left, double right, Locale locale);

}  // namespace mkba::report::svg
