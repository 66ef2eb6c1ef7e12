// SHA-512 (FIPS 180-4), for random.seed() of a str or bytes, which CPython
// turns into an int through the seed's SHA-512 digest.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace minipy {

std::array<std::uint8_t, 64> sha512(std::string_view message);

}  // namespace minipy
