#pragma once
// SHA-256 of an input file, for the manifest of an output (nettle's
// implementation: Debian's nettle-dev).

#include <optional>
#include <string>
#include <string_view>

namespace mkba::load {

// 64 lowercase hex digits.
std::string sha256_hex(std::string_view bytes);
// Of the file's bytes; nothing when it cannot be read as a regular file.
std::optional<std::string> file_sha256(const std::string& path);

}  // namespace mkba::load
