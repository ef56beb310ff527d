#pragma once
// What the fuzz targets share: inputs served from memory (no files), the
// bundled tariff table, and checks that every text mkba produces is UTF-8.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "cli/diagnostic_printer.hpp"
#include "core/diagnostic.hpp"
#include "load/source_file.hpp"

namespace mkba::fuzz {

inline const std::string& bundled_tariffs() {
  static const std::string text = [] {
    std::ifstream in(MKBA_SOURCE_DIR "/tariffs/stadskamer-2017.yaml", std::ios::binary);
    std::string t((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (t.empty()) {
      std::fprintf(stderr, "fuzz: cannot read %s/tariffs/stadskamer-2017.yaml\n", MKBA_SOURCE_DIR);
      std::abort();
    }
    return t;
  }();
  return text;
}

// Sources that serve only what was provided: a fuzzed path never reaches the disk.
inline load::Sources sources_with(const std::string& path, const std::uint8_t* data,
                                  std::size_t size) {
  load::Sources sources;
  sources.provided_only();
  sources.provide(path, std::string(reinterpret_cast<const char*>(data), size));
  return sources;
}

// Aborts (a finding) when `text` is not valid UTF-8: every output and message
// quotes input that was checked to be UTF-8, and must stay so.
inline void require_utf8(const std::string& text, const char* what) {
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    std::size_t n = c < 0x80           ? 1
                    : (c >> 5) == 0x6  ? 2
                    : (c >> 4) == 0xE  ? 3
                    : (c >> 3) == 0x1E ? 4
                                       : 0;
    bool ok = n > 0 && i + n <= text.size();
    for (std::size_t k = 1; ok && k < n; ++k)
      ok = (static_cast<unsigned char>(text[i + k]) >> 6) == 0x2;
    if (!ok) {
      std::fprintf(stderr, "fuzz: %s is not valid UTF-8 at byte %zu\n", what, i);
      std::abort();
    }
    i += n;
  }
}

// Aborts when a diagnostic could drive the terminal (a control character
// other than its line breaks, C1 controls included) or is not bounded: text
// from the input is escaped and cut to a line in every message.
inline void require_safe_diagnostic(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    bool c1 = c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0;
    if ((c < 0x20 && c != '\n') || c == 0x7F || c1) {
      std::fprintf(stderr, "fuzz: a diagnostic holds control character 0x%02X at byte %zu\n", c, i);
      std::abort();
    }
  }
  // A message, a hint, a file name and a source line, each cut, and escapes
  // at most four times as long as what they stand for.
  if (text.size() > 16 * 1024) {
    std::fprintf(stderr, "fuzz: a diagnostic of %zu bytes\n", text.size());
    std::abort();
  }
}

// Formats every diagnostic as the command line would print it.
inline void format_all(const Diagnostics& diagnostics, const load::Sources& sources) {
  for (const auto& d : diagnostics.items()) {
    std::string text = cli::format_diagnostic(d, sources);
    require_utf8(text, "a diagnostic");
    require_safe_diagnostic(text);
  }
}

}  // namespace mkba::fuzz
