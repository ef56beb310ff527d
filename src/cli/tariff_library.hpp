#pragma once
// Tables and index series named on the command line (`mkba tariffs list`,
// `mkba tariffs check`), and the check of a case file's tariffs against its
// reference table inside `mkba check`.

#include <memory>
#include <optional>
#include <string>

#include "cli/session.hpp"
#include "core/tariff_check.hpp"
#include "load/source_file.hpp"

namespace mkba::cli {

// A tariff table named on the command line: a path, or a bare name of the
// bundled library; loaded and validated. Nothing (with `d`) when it cannot be.
std::optional<TariffTable> table_argument(const std::string& written, load::Sources& sources,
                                          Diagnostics& d);

// The series that indexes a check: `written` (--index), else the reference
// table's own. Nothing, with `none` set, when there is none to use; nothing
// with `d` when it cannot be loaded.
std::optional<IndexSeries> index_for(const std::optional<std::string>& written,
                                     const TariffTable& reference, load::Sources& sources,
                                     Diagnostics& d, bool& none);

// Exit 1 when the check has findings, else 0.
int findings_code(const TariffCheck& check);

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
