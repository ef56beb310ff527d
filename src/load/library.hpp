#pragma once
// The bundled tariff library (tariffs/ in the source tree): where it is, and
// the bare names that stand for its files.

#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace mkba::load {

// The folder of the bundled tables: $MKBA_DATA_DIR when set, else the one the
// build was configured with (MKBA_DEFAULT_DATA_DIR). The only place that
// decides it.
std::string data_directory();

enum class LibraryFile { table, index };

// A bare name (no folder, no extension), e.g. kostenhandleiding-2024 or cbs-cpi.
bool is_library_name(const std::string& written);

// A path as written in a file or on the command line: a bare name is a file
// of the library (DIR/NAME.yaml, or DIR/index/NAME.yaml for an index
// series); any other path is relative to the folder of `base_file` (to the
// current folder when `base_file` is empty or standard input).
std::string resolve_path(const std::string& written, const std::string& base_file,
                         LibraryFile kind);

// The library's tables, as bare names, sorted; reported when the folder
// cannot be read.
std::vector<std::string> library_tables(Diagnostics& d);

// Why a bare name names no file of the library, with "did you mean", when
// it does not; empty when it does.
std::string library_hint(const std::string& name, LibraryFile kind);

}  // namespace mkba::load
