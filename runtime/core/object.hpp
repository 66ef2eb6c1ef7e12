// The object header and the ownership rules every runtime file follows.
//
// Every Python value is a heap object that starts with an Object header: a
// reference count and a pointer to its type (CPython's PyObject). `id(x)` is
// the header's address. An object is destroyed the moment its count reaches
// zero, which is what lets a weak reference read "dead" on the very next line.
//
// Ownership conventions (the same as CPython's, written down once):
//  * `Ref<T>` owns one reference. Moving a Ref moves the reference; copying a
//    Ref adds one. A function returning Ref<> returns a *new* reference.
//  * A plain `Object*` parameter is *borrowed*: the callee may use it for the
//    duration of the call and must take a Ref (share()) to keep it.
//  * Failure is a value, not a C++ exception: a function returning Ref<> returns
//    null after setting the pending Python exception (see errors.hpp); one
//    returning int or int64_t returns -1 (truth tests and `in`: 1, 0 or -1);
//    one that does its work through an out-parameter or an effect and returns
//    bool (index_to_i64, list_append, repr_text) returns false. Predicates
//    (is_int, is_callable) cannot fail. Python exceptions never unwind C++
//    frames.
//  * The compiler checks that failure is not ignored: Ref is [[nodiscard]],
//    and so is every int or bool function whose result reports failure. A
//    result dropped on purpose is cast to void with a comment saying why.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

namespace minipy {

struct Type;

struct Object {
    std::intptr_t refcount;
    Type* type;
};

// Destroys an object whose count just reached zero (finalizer, weak
// references, then the type's dealloc). Defined in heap.cpp.
void object_destroy(Object* o);

inline void incref(Object* o) noexcept { ++o->refcount; }
inline void decref(Object* o) noexcept {
    if (--o->refcount == 0) object_destroy(o);
}
inline void xincref(Object* o) noexcept { if (o) incref(o); }
inline void xdecref(Object* o) noexcept { if (o) decref(o); }

// An owned (strong) reference; null means "no object" or, as a return value,
// "an exception is pending".
template <class T = Object>
class [[nodiscard]] Ref {
public:
    Ref() noexcept = default;
    Ref(std::nullptr_t) noexcept {}
    Ref(const Ref& other) noexcept : ptr_(other.ptr_) { xincref(as_object(ptr_)); }
    Ref(Ref&& other) noexcept : ptr_(other.ptr_) { other.ptr_ = nullptr; }
    template <class U, class = std::enable_if_t<std::is_convertible_v<U*, T*>>>
    Ref(Ref<U>&& other) noexcept : ptr_(other.release()) {}
    template <class U, class = std::enable_if_t<std::is_convertible_v<U*, T*>>>
    Ref(const Ref<U>& other) noexcept : ptr_(other.get()) { xincref(as_object(ptr_)); }
    ~Ref() { xdecref(as_object(ptr_)); }

    Ref& operator=(Ref other) noexcept {
        std::swap(ptr_, other.ptr_);
        return *this;
    }

    // Takes over a reference the caller already owns.
    static Ref adopt(T* p) noexcept {
        Ref r;
        r.ptr_ = p;
        return r;
    }
    // Adds a reference to a borrowed pointer.
    static Ref share(T* p) noexcept {
        xincref(as_object(p));
        return adopt(p);
    }

    T* get() const noexcept { return ptr_; }
    T* operator->() const noexcept { return ptr_; }
    T& operator*() const noexcept { return *ptr_; }
    explicit operator bool() const noexcept { return ptr_ != nullptr; }

    // Gives the reference to the caller, who must release it later.
    [[nodiscard]] T* release() noexcept {
        T* p = ptr_;
        ptr_ = nullptr;
        return p;
    }
    void reset() noexcept { Ref().swap(*this); }
    void swap(Ref& other) noexcept { std::swap(ptr_, other.ptr_); }

private:
    static Object* as_object(T* p) noexcept { return reinterpret_cast<Object*>(p); }
    T* ptr_ = nullptr;
};

template <class T>
Ref<T> share(T* p) noexcept { return Ref<T>::share(p); }
template <class T>
Ref<T> adopt(T* p) noexcept { return Ref<T>::adopt(p); }

// A downcast the caller has already checked (by type test).
template <class T, class U>
T* cast(U* p) noexcept { return static_cast<T*>(static_cast<Object*>(p)); }
template <class T, class U>
Ref<T> cast(Ref<U>&& r) noexcept { return Ref<T>::adopt(cast<T>(r.release())); }

// Replaces the reference held in a raw owning field, releasing the old one
// last (its destruction may run arbitrary code that reads the field). The
// pointee may be an incomplete type, hence the reinterpret_casts.
template <class T>
void set_slot(T*& slot, T* value) noexcept {
    T* old = slot;
    xincref(reinterpret_cast<Object*>(value));
    slot = value;
    xdecref(reinterpret_cast<Object*>(old));
}
template <class T>
void clear_slot(T*& slot) noexcept {
    T* old = slot;
    slot = nullptr;
    xdecref(reinterpret_cast<Object*>(old));
}
// Stores a reference the caller owns into an owning field.
template <class T>
void steal_into(T*& slot, Ref<T> value) noexcept {
    T* old = slot;
    slot = value.release();
    xdecref(reinterpret_cast<Object*>(old));
}

}  // namespace minipy
