#include "load/sha256.hpp"

#include <nettle/sha2.h>

#include <cstdint>
#include <filesystem>
#include <fstream>

namespace mkba::load {
namespace {

std::string hex_digest(sha256_ctx& ctx) {
  std::uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  for (std::uint8_t b : digest) {
    out += hex[b >> 4];
    out += hex[b & 0xf];
  }
  return out;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  sha256_update(&ctx, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  return hex_digest(ctx);
}

std::optional<std::string> file_sha256(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  sha256_ctx ctx;
  sha256_init(&ctx);
  char buffer[1 << 16];
  do {
    in.read(buffer, sizeof buffer);
    sha256_update(&ctx, static_cast<std::size_t>(in.gcount()),
                  reinterpret_cast<const std::uint8_t*>(buffer));
  } while (in);
  if (in.bad()) return std::nullopt;
  return hex_digest(ctx);
}

}  // namespace mkba::load
