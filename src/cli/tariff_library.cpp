#include "cli/tariff_library.hpp"

#include <algorithm>

#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "core/calculate.hpp"
#include "load/library.hpp"
#include "load/loaders.hpp"
#include "load/time_readers.hpp"
#include "report/tariff_reports.hpp"

namespace mkba::cli {
namespace {

// A table or index series named on the command line: a path, or a bare name
// of the bundled library. Reported (exit 4) when a bare name is not there.
std::optional<std::string> argument_path(const std::string& written, load::LibraryFile kind,
                                         Diagnostics& d) {
  std::string path = load::resolve_path(written, "", kind);
  if (load::is_library_name(written)) {
    std::string hint = load::library_hint(written, kind);
    if (!hint.empty()) {
      d.unreadable({}, "'" + written + "' is not in the tariff library", hint);
      return std::nullopt;
    }
  }
  return path;
}

}  // namespace

std::optional<TariffTable> table_argument(const std::string& written, load::Sources& sources,
                                          Diagnostics& d) {
  auto path = argument_path(written, load::LibraryFile::table, d);
  if (!path) return std::nullopt;
  auto table = load::load_tariff_table(*path, sources, d);
  if (table) d.append(validate(*table));
  return d.empty() ? table : std::nullopt;
}

std::optional<IndexSeries> index_for(const std::optional<std::string>& written,
                                     const TariffTable& reference, load::Sources& sources,
                                     Diagnostics& d, bool& none) {
  none = false;
  std::optional<std::string> path;
  if (written)
    path = argument_path(*written, load::LibraryFile::index, d);
  else if (!reference.index_file.empty())
    path = reference.index_file;
  if (!path) {
    none = d.empty();
    return std::nullopt;
  }
  return load::load_index_series(*path, sources, d);
}

int findings_code(const TariffCheck& check) {
  return check.count(TariffComparison::Verdict::finding) ? int{exit_check_failed} : int{exit_ok};
}

bool check_reference(Session& s, std::unique_ptr<ReferenceCheck>& out) {
  const Programme& p = s.computed.analysis->programme;
  if (p.reference_file.empty()) return true;
  Diagnostics d;
  auto fail = [&] {
    for (const auto& item : d.items()) {
      s.errors += format_diagnostic(item, s.sources);
      s.code = std::max(
          s.code, item.problem == Problem::unreadable ? int{exit_io} : int{exit_invalid_input});
    }
    return false;
  };
  auto r = std::make_unique<ReferenceCheck>();
  std::string path =
      load::resolve_path(p.reference_file, s.computed.analysis->file, load::LibraryFile::table);
  Diagnostics probe;
  if (!s.sources.read(path, probe)) {
    for (const auto& item : probe.items()) {
      if (item.where.line > 0) {
        d.error(item.where, item.message, item.hint);
        continue;
      }
      bool bare = load::is_library_name(p.reference_file);
      d.unreadable(p.reference_origin,
                   bare ? "reference table '" + p.reference_file + "' is not in the tariff library"
                        : "reference table '" + path + "': " + item.message,
                   bare ? load::library_hint(p.reference_file, load::LibraryFile::table)
                        : "the path is taken relative to the case file's folder");
    }
    return fail();
  }
  auto table = load::load_tariff_table(path, s.sources, d);
  if (table) d.append(validate(*table));
  if (!d.empty()) return fail();
  r->reference = std::move(*table);
  bool none = false;
  r->index = index_for(std::nullopt, r->reference, s.sources, d, none);
  if (!r->index && !none) return fail();
  // Without an index of its own, the reference is compared with the case's.
  const IndexSeries* index =
      r->index ? &*r->index : (s.computed.analysis->index ? &*s.computed.analysis->index : nullptr);
  TariffCheckOptions options;
  if (p.reference_threshold) options.threshold = *p.reference_threshold;
  r->check = check_tariffs(s.computed.analysis->tariffs, r->reference, index, options, d);
  if (!r->check) return fail();
  out = std::move(r);
  return true;
}

int reference_code(const ReferenceCheck* r) {
  return r && r->check ? findings_code(*r->check) : int{exit_ok};
}

}  // namespace mkba::cli
