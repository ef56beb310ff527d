#include "cli/progress.hpp"

#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "report/words.hpp"

namespace mkba::cli {

std::string clock_text(double seconds) {
  auto s = static_cast<long long>(std::ceil(std::max(0.0, seconds)));
  char text[32];
  if (s >= 3600)
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(text, sizeof text, "%lld:%02lld", s / 60, s % 60);
  return text;
}

namespace {

const char* unit_word(ProgressUnit unit) {
  switch (unit) {
    case ProgressUnit::files:
      return "files";
    case ProgressUnit::parameters:
      return "parameters";
    case ProgressUnit::draws:
      return "draws";
  }
  return "";
}

}  // namespace

Progress::Progress(ProgressMode mode, std::size_t total, ProgressUnit unit, report::Locale locale)
    : terminal_(isatty(STDERR_FILENO) == 1),
      total_(total),
      unit_(report::tr(locale, unit_word(unit))),
      locale_(locale) {
  shown_ =
      total >= 2 && (mode == ProgressMode::on || (mode == ProgressMode::automatic && terminal_));
  start_ = last_ = std::chrono::steady_clock::now();
}

Progress::~Progress() {
  if (!shown_) return;
  if (!terminal_ && last_drawn_ != done_) draw(done_);  // where a stopped batch stopped
  clear();
}

void Progress::update(std::size_t done) {
  done_ = done;
  if (!shown_) return;
  auto now = std::chrono::steady_clock::now();
  auto every = terminal_ ? std::chrono::milliseconds(100) : std::chrono::milliseconds(1000);
  bool due = done == total_ || now - last_ >= every || (terminal_ && !drawn_);
  if (!due) return;
  last_ = now;
  draw(done);
}

void Progress::clear() {
  if (!drawn_) return;
  std::cerr << "\r\033[K" << std::flush;
  drawn_ = false;
}

void Progress::draw(std::size_t done) {
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  auto count = [&](std::size_t n) {
    return report::format_count(static_cast<long long>(n), locale_);
  };
  std::string line = "mkba: " + count(done) + "/" + count(total_) + " " + unit_;
  if (done > 0 && elapsed > 0) {
    double rate = static_cast<double>(done) / elapsed;
    // A rate, not an amount: to one decimal in the locale's digits.
    Exact tenths = Exact::fraction(std::llround(rate * 10), 10);
    line += ", " + report::format_fixed(tenths, 1, locale_) + " " + unit_ + "/s";
    if (done < total_)
      line += ", " + fmt::format(fmt::runtime(report::tr(locale_, "{} left")),
                                 clock_text(static_cast<double>(total_ - done) / rate));
  }
  last_drawn_ = done;
  if (terminal_) {
    std::cerr << "\r\033[K" << line << std::flush;
    drawn_ = true;
  } else {
    std::cerr << line << "\n" << std::flush;
  }
}

}  // namespace mkba::cli
