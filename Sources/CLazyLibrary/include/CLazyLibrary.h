#ifndef SMARTBI_LAZY_LIBRARY_H
#define SMARTBI_LAZY_LIBRARY_H

#include <stddef.h>

/// A shared library opened on first use instead of at process start (see LazyLibrary.c).
struct smartbi_lazy_library {
    const char *purpose;           // for the message when it cannot be loaded: "PostgreSQL sources"
    const char *const *file_names; // tried in order, NULL-terminated: "libpq.so.5", …
    void *handle;                  // set once opened
};

/// The address of `symbol` in `library`, opening the library first if needed. When the library or
/// the symbol cannot be found, prints what to install and exits with status 1.
void *smartbi_lazy_symbol(struct smartbi_lazy_library *library, const char *symbol);

/// Defines `name` with the parameters `params`, forwarding `args` to the library's own `name`,
/// resolved on the first call. The definition must match the library header's declaration, so the
/// compiler checks every signature. It is hidden: calls from bi's own code bind to it, while the
/// libraries' calls among themselves never do, even in a build that also links them.
#define SMARTBI_LAZY(library, result, name, params, args)                                                     \
    __attribute__((visibility("hidden"))) result name params {                                                \
        static __typeof__(&name) cached;                                                                      \
        __typeof__(&name) function = __atomic_load_n(&cached, __ATOMIC_ACQUIRE);                              \
        if (!function) {                                                                                      \
            function = (__typeof__(&name))smartbi_lazy_symbol(&library, #name);                               \
            __atomic_store_n(&cached, function, __ATOMIC_RELEASE);                                            \
        }                                                                                                     \
        return function args;                                                                                 \
    }

#define SMARTBI_LAZY_VOID(library, name, params, args)                                                        \
    __attribute__((visibility("hidden"))) void name params {                                                  \
        static __typeof__(&name) cached;                                                                      \
        __typeof__(&name) function = __atomic_load_n(&cached, __ATOMIC_ACQUIRE);                              \
        if (!function) {                                                                                      \
            function = (__typeof__(&name))smartbi_lazy_symbol(&library, #name);                               \
            __atomic_store_n(&cached, function, __ATOMIC_RELEASE);                                            \
        }                                                                                                     \
        function args;                                                                                        \
    }

#endif
