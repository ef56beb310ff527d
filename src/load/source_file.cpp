#include "load/source_file.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace mkba::load {
namespace {

// The position of the first byte that is not valid UTF-8, if any.
std::optional<std::size_t> invalid_utf8_at(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : 4;
    if (n == 4 || (n == 1 && c < 0xC2) || i + n >= s.size() + (n == 0 ? 1 : 0)) return i;
    unsigned cp = n == 0 ? c : c & (0x3F >> n);
    for (std::size_t k = 1; k <= n; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc >> 6) != 0x2) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    bool overlong = (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += n + 1;
  }
  return std::nullopt;
}

Origin origin_of_offset(const std::string& path, const std::string& text, std::size_t offset) {
  Origin o{path, 1, 1};
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++o.line;
      o.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++o.column;
    }
  }
  return o;
}

std::optional<std::string> read_bytes(const std::string& path, Diagnostics& d) {
  Origin where{path, 0, 0};
  if (path == "-") {
    std::string text;
    char buffer[65536];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
      text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
      if (text.size() > max_input_bytes) break;
    }
    if (text.size() > max_input_bytes) {
      d.unreadable(where, "standard input is larger than the 16 MiB input limit");
      return std::nullopt;
    }
    return text;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    int err = errno;
    d.unreadable(where, std::string("cannot read: ") + std::strerror(err),
                 err == ENOENT ? "check the path; relative paths are taken from the current folder"
                               : "");
    return std::nullopt;
  }
  if (S_ISDIR(st.st_mode)) {
    d.unreadable(where, "is a folder, not a file");
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    d.unreadable(where, "is not a regular file (a device, pipe or socket)");
    return std::nullopt;
  }
  if (static_cast<std::size_t>(st.st_size) > max_input_bytes) {
    d.unreadable(where, "is larger than the 16 MiB input limit");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    d.unreadable(where, std::string("cannot read: ") + std::strerror(errno));
    return std::nullopt;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    d.unreadable(where, "cannot read: input/output error");
    return std::nullopt;
  }
  return text;
}

}  // namespace

const std::string* Sources::read(const std::string& path, Diagnostics& d) {
  if (auto it = texts_.find(path); it != texts_.end()) return &it->second;
  auto text = read_bytes(path, d);
  if (!text) return nullptr;
  if (auto bad = invalid_utf8_at(*text)) {
    d.error(origin_of_offset(path, *text, *bad), "the file is not valid UTF-8",
            "save the file as UTF-8");
    return nullptr;
  }
  return &texts_.emplace(path, std::move(*text)).first->second;
}

std::optional<std::string> Sources::line(const std::string& path, int line) const {
  auto it = texts_.find(path);
  if (it == texts_.end() || line < 1) return std::nullopt;
  std::istringstream in(it->second);
  std::string text;
  for (int i = 1; std::getline(in, text); ++i)
    if (i == line) {
      if (!text.empty() && text.back() == '\r') text.pop_back();
      return text;
    }
  return std::nullopt;
}

}  // namespace mkba::load
