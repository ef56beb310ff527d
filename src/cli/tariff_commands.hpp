#pragma once
// The tariff library's commands: `mkba tariffs list`, `mkba tariffs check`,
// and the check of a case file's tariffs inside `mkba check`.

#include <memory>
#include <optional>

#include "cli/session.hpp"
#include "core/tariff_check.hpp"

namespace mkba::cli {

// A case file's tariffs against the reference table it names
// (programme.reference); `check` points into the session's analysis and
// into `reference`, so this is kept by pointer.
struct ReferenceCheck {
  TariffTable reference;
  std::optional<IndexSeries> index;
  std::optional<TariffCheck> check;
};

// Nothing when the case file names no reference table. False (with s.errors
// and s.code) when the reference cannot be loaded or compared.
bool check_reference(Session& s, std::unique_ptr<ReferenceCheck>& out);
// Exit 1 when the check has findings, else 0 (also when there is no check).
int reference_code(const ReferenceCheck* check);

}  // namespace mkba::cli
