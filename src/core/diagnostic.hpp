#pragma once
// Problems found in the input, kept as data (beancount-style): every stage
// adds to a Diagnostics list and the caller decides when to stop.

#include <string>
#include <vector>

namespace mkba {

// Where a value came from: 1-based line and column in a named file.
struct Origin {
  std::string file;
  int line = 0;
  int column = 0;
};

enum class Problem {
  invalid_data,  // the input is readable but wrong (exit 3)
  unreadable,    // an input cannot be read or an output cannot be written (exit 4)
};

struct Diagnostic {
  Origin where;
  std::string message;
  std::string hint;  // a suggested fix; may be empty
  Problem problem = Problem::invalid_data;
};

class Diagnostics {
 public:
  void error(Origin where, std::string message, std::string hint = {}) {
    items_.push_back(
        {std::move(where), std::move(message), std::move(hint), Problem::invalid_data});
  }
  void unreadable(Origin where, std::string message, std::string hint = {}) {
    items_.push_back({std::move(where), std::move(message), std::move(hint), Problem::unreadable});
  }
  void append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
  }
  bool empty() const { return items_.empty(); }
  const std::vector<Diagnostic>& items() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace mkba
