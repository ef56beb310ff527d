// Fuzzes the tariff table loader: YAML text -> TariffTable, its checks and
// diagnostics, and the `mkba tariffs` outputs of a valid table.
#include "core/calculate.hpp"
#include "fuzz_common.hpp"
#include "load/loaders.hpp"
#include "report/build.hpp"
#include "report/writer.hpp"

using namespace mkba;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = "tariffs/fuzz.yaml";
  load::Sources sources = fuzz::sources_with(path, data, size);
  Diagnostics d;
  auto table = load::load_tariff_table(path, sources, d);
  if (table) d = validate(*table);
  fuzz::format_all(d, sources);
  if (!table || !d.empty()) return 0;
  for (auto locale : {report::Locale::nl, report::Locale::en}) {
    report::Document document = report::tariffs_document(*table, locale);
    fuzz::require_utf8(report::render_text(document, locale), "tariffs text");
    fuzz::require_utf8(report::render_markdown(document, locale), "tariffs Markdown");
  }
  fuzz::require_utf8(report::render_csv(report::tariffs_csv_table(*table)), "tariffs CSV");
  fuzz::require_utf8(report::render_tariffs_json(*table), "tariffs JSON");
  return 0;
}
