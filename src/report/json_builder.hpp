#pragma once
// A small streaming JSON writer: pretty-printed, keys in the order written,
// amounts as numbers with exactly two decimals.

#include <optional>
#include <string>
#include <vector>

#include "report/escape.hpp"
#include "report/writer.hpp"

namespace mkba::report {

class Json {
 public:
  Json() = default;
  // Compact output is one line (JSON Lines); the default is indented.
  explicit Json(bool compact) : compact_(compact) {}

  std::string str() const { return out_ + "\n"; }

  Json& open(char bracket) {
    comma();
    out_ += bracket;
    first_ = true;
    ++depth_;
    return *this;
  }
  Json& close(char bracket) {
    --depth_;
    if (!first_) newline();
    out_ += bracket;
    first_ = false;
    return *this;
  }
  Json& key(const std::string& k) {
    comma();
    string(k);
    out_ += compact_ ? ":" : ": ";
    pending_value_ = true;
    return *this;
  }
  Json& text(const std::string& s) {
    comma();
    string(s);
    return *this;
  }
  Json& raw(const std::string& s) {
    comma();
    out_ += s;
    return *this;
  }
  // A complete value rendered by another Json (str(), its newline aside),
  // placed here and indented to this depth: an element of an array of
  // documents. Its line breaks are all layout: strings hold none.
  Json& value(const std::string& rendered) {
    comma();
    std::size_t end = rendered.size();
    while (end > 0 && rendered[end - 1] == '\n') --end;
    for (std::size_t i = 0; i < end; ++i) {
      out_ += rendered[i];
      if (rendered[i] == '\n' && !compact_)
        out_ += std::string(static_cast<std::size_t>(depth_) * 2, ' ');
    }
    return *this;
  }
  Json& null() { return raw("null"); }
  Json& amount(const Money& m) { return raw(plain_fixed(m.exact(), 2)); }
  Json& ratio(const std::optional<Quantity>& q) {
    return q ? raw(plain_fixed(q->exact(), 2)) : null();
  }
  Json& number(const Quantity& q) { return raw(cell_plain(Cell::number(q))); }
  Json& count(long long n) { return raw(std::to_string(n)); }
  // A parameter's value: a number (plain_value), or a string for a choice.
  Json& value(const Value& v) { return v.is_choice() ? text(v.choice) : raw(plain_value(v)); }

 private:
  void comma() {
    if (pending_value_) {
      pending_value_ = false;
      return;
    }
    if (!first_) out_ += ",";
    if (depth_ > 0) newline();
    first_ = false;
  }
  void newline() {
    if (!compact_) out_ += "\n" + std::string(static_cast<std::size_t>(depth_) * 2, ' ');
  }
  void string(const std::string& s) {
    out_ += '"';
    out_ += escape_json(s);
    out_ += '"';
  }

  std::string out_;
  bool first_ = true;
  bool pending_value_ = false;
  int depth_ = 0;
  bool compact_ = false;
};

// The overrides a run applied, as the array `overrides` of docs/json.md:
// {path, value, type, from} each (json_writer.cpp).
void overrides_json(Json& j, const std::vector<AppliedOverride>& overrides);

}  // namespace mkba::report
