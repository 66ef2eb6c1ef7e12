#include "grammar/thread_stack.hpp"

#include <pthread.h>

namespace minipy::grammar {

namespace {

std::uintptr_t query_thread_stack_end() {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
    void* lowest = nullptr;
    std::size_t size = 0;
    int status = pthread_attr_getstack(&attr, &lowest, &size);
    pthread_attr_destroy(&attr);
    return status == 0 ? reinterpret_cast<std::uintptr_t>(lowest) : 0;
}

}  // namespace

std::uintptr_t thread_stack_end() {
    // For the main thread glibc reads /proc/self/maps to answer: asked once
    // per thread, not once per parse.
    thread_local const std::uintptr_t end = query_thread_stack_end();
    return end;
}

}  // namespace minipy::grammar
