// MINIPY_ASAN: defined when AddressSanitizer instruments this build, which
// GCC says with __SANITIZE_ADDRESS__ and clang (the fuzz build) with
// __has_feature.
#pragma once

#if defined(__SANITIZE_ADDRESS__)
#define MINIPY_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MINIPY_ASAN 1
#endif
#endif
