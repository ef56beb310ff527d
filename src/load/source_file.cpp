#include "load/source_file.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string_view>

namespace mkba::load {
namespace {

// The length of the UTF-8 character at s[i], or 0 when the bytes there are
// not valid UTF-8 or a control character that YAML does not allow.
std::size_t character_length(const std::string& s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F ? 0 : 1;
  std::size_t n = (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : 4;
  if (n == 4 || (n == 1 && c < 0xC2) || i + n >= s.size()) return 0;
  unsigned cp = c & (0x3F >> n);
  for (std::size_t k = 1; k <= n; ++k) {
    auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc >> 6) != 0x2) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  bool overlong = (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n + 1;
}

// The position of the first byte that is not valid UTF-8 text, if any.
std::optional<std::size_t> invalid_utf8_at(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = character_length(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

// `s` with each bad byte shown as U+FFFD, so that a line of it can be quoted.
std::string printable(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = character_length(s, i);
    out += n == 0 ? std::string("\xEF\xBF\xBD") : s.substr(i, n);
    i += n == 0 ? 1 : n;
  }
  return out;
}

std::string hex_byte(unsigned char c) {
  const char* digits = "0123456789ABCDEF";
  return std::string("0x") + digits[c >> 4] + digits[c & 0xF];
}

bool has_control_character(const std::string& s) {
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return true;
  }
  return false;
}

// Whether `line` (without leading blanks) starts with a map key: plain or
// quoted text followed by ':' and a blank or the end of the line.
bool starts_with_key(std::string_view line) {
  if (line.empty()) return false;
  std::size_t colon = std::string_view::npos;
  if (line[0] == '"' || line[0] == '\'') {
    std::size_t i = 1;
    for (; i < line.size() && line[i] != line[0]; ++i)
      if (line[0] == '"' && line[i] == '\\') ++i;
    if (i + 1 < line.size() && line[i + 1] == ':') colon = i + 1;
  } else if (std::string_view("-?:,[]{}#&*!|>%@`").find(line[0]) == std::string_view::npos) {
    colon = line.find(':');
    while (colon != std::string_view::npos && colon + 1 < line.size() && line[colon + 1] != ' ' &&
           line[colon + 1] != '\t')
      colon = line.find(':', colon + 1);
  }
  return colon != std::string_view::npos &&
         (colon + 1 == line.size() || line[colon + 1] == ' ' || line[colon + 1] == '\t');
}

// Whether the first line with content (not blank, a comment, a directive or
// a bare document marker) starts a map: "key:", "- key:" or "{".
bool starts_a_map(const std::string& text) {
  auto trimmed = [](std::string_view s) {
    std::size_t k = s.find_first_not_of(" \t");
    return k == std::string_view::npos ? std::string_view() : s.substr(k);
  };
  for (std::size_t i = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0; i < text.size();) {
    std::size_t end = std::min(text.find('\n', i), text.size());
    std::string_view line(text.data() + i, end - i);
    i = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line[0] == '%') continue;
    line = trimmed(line);
    if (line.rfind("---", 0) == 0 && (line.size() == 3 || line[3] == ' ' || line[3] == '\t'))
      line = trimmed(line.substr(3));
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("- ", 0) == 0) line = trimmed(line.substr(2));
    return line.rfind('{', 0) == 0 || starts_with_key(line);
  }
  return false;
}

// "UTF-16" or "UTF-32" when the text looks saved so: by its byte order mark,
// or by the NUL bytes that ASCII characters get in it.
std::optional<std::string> wide_encoding(const std::string& s) {
  auto at = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0x100; };
  if ((at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) ||
      (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0))
    return "UTF-32";
  if ((at(0) == 0xFE && at(1) == 0xFF) || (at(0) == 0xFF && at(1) == 0xFE)) return "UTF-16";
  bool zero[4] = {at(0) == 0, at(1) == 0, at(2) == 0, at(3) == 0};
  if ((!zero[0] && zero[1] && zero[2] && zero[3]) || (zero[0] && zero[1] && zero[2] && !zero[3]))
    return "UTF-32";
  if ((!zero[0] && zero[1] && !zero[2] && zero[3]) || (zero[0] && !zero[1] && zero[2] && !zero[3]))
    return "UTF-16";
  return std::nullopt;
}

Origin origin_of_offset(const std::string& path, const std::string& text, std::size_t offset) {
  Origin o{path, 1, 1};
  for (std::size_t i = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0; i < offset; ++i) {
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
  Origin where{path == "-" ? stdin_name : path, 0, 0};
  if (path == "-") {
    std::string text;
    char buffer[65536];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
      text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
      if (text.size() > max_input_bytes) break;
    }
    if (text.size() > max_input_bytes) {
      d.unreadable(where,
                   "standard input is larger than the input limit of 16 MiB (16777216 bytes)");
      return std::nullopt;
    }
    return text;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    int err = errno;
    d.unreadable(
        where, std::string("cannot read: ") + std::strerror(err),
        err == ENOENT ? "check the path; relative paths are taken from the current folder" : "");
    return std::nullopt;
  }
  if (S_ISDIR(st.st_mode)) {
    d.unreadable(where, "is a folder, not a file",
                 "name a YAML file in it, e.g. " + path + "/NAME.yaml");
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    d.unreadable(where, "is not a regular file (a device, pipe or socket)",
                 "to read a pipe, pass '-' and redirect it to standard input");
    return std::nullopt;
  }
  if (static_cast<std::size_t>(st.st_size) > max_input_bytes) {
    d.unreadable(where, "is larger than the input limit of 16 MiB (16777216 bytes)");
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

void Sources::note(const std::string& path) {
  if (path != stdin_name && std::find(paths_.begin(), paths_.end(), path) == paths_.end())
    paths_.push_back(path);
}

const std::string* Sources::read(const std::string& path, Diagnostics& d) {
  note(path);
  if (auto it = texts_.find(path); it != texts_.end()) return &it->second;
  std::optional<std::string> text;
  // The system would open the path up to the NUL: another file.
  if (path.find('\0') != std::string::npos) {
    d.unreadable(Origin{path, 0, 0}, "cannot read: the file name holds a NUL character");
    return nullptr;
  }
  if (auto it = provided_.find(path); it != provided_.end()) {
    if (it->second.size() > max_input_bytes) {
      d.unreadable(Origin{path, 0, 0}, "is larger than the input limit of 16 MiB (16777216 bytes)");
      return nullptr;
    }
    text = it->second;
  } else if (provided_only_) {
    d.unreadable(Origin{path, 0, 0}, std::string("cannot read: ") + std::strerror(ENOENT),
                 "check the path; relative paths are taken from the current folder");
  } else {
    text = read_bytes(path == stdin_name ? "-" : path, d);
  }
  if (!text) return nullptr;
  bool quoted = !has_control_character(*text) && starts_a_map(*text);
  if (auto bad = invalid_utf8_at(*text)) {
    auto byte = static_cast<unsigned char>((*text)[*bad]);
    auto wide = wide_encoding(*text);
    d.error(origin_of_offset(path, *text, *bad),
            byte < 0x80 ? "the file holds a control character (byte " + hex_byte(byte) + ")"
                        : "the file is not valid UTF-8 (byte " + hex_byte(byte) + ")",
            wide ? "the file looks saved as " + *wide + "; save it as UTF-8"
            : byte < 0x80
                ? "remove it; a text file holds no control characters but tab and line breaks"
                : "save the file as UTF-8 (it may be saved as Latin-1 or Windows-1252)");
    if (quoted) rejected_.emplace(path, printable(*text));  // only to quote from
    return nullptr;
  }
  if (!quoted) unquoted_.insert(path);
  return &texts_.emplace(path, std::move(*text)).first->second;
}

void Sources::provide(const std::string& path, std::string text) {
  texts_.erase(path);
  rejected_.erase(path);
  unquoted_.erase(path);
  provided_[path] = std::move(text);
}

std::optional<std::string> Sources::line(const std::string& path, int line) const {
  if (line < 1 || unquoted_.count(path)) return std::nullopt;
  auto it = texts_.find(path);
  if (it == texts_.end()) {
    it = rejected_.find(path);
    if (it == rejected_.end()) return std::nullopt;
  }
  std::istringstream in(it->second);
  std::string text;
  for (int i = 1; std::getline(in, text); ++i)
    if (i == line) {
      if (!text.empty() && text.back() == '\r') text.pop_back();
      if (i == 1 && text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // byte order mark
      return text;
    }
  return std::nullopt;
}

}  // namespace mkba::load
