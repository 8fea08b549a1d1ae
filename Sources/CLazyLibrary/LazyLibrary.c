// Client libraries of optional sources (libpq, libmariadb, libcurl) are opened with dlopen the
// first time one of their functions is called. Linked normally, the dynamic loader maps and
// relocates them and the thirty libraries they pull in (Kerberos, LDAP, GnuTLS, OpenSSL…) in every
// `bi` process, which costs more than drawing a chart; most commands never use them.
#include "CLazyLibrary.h"

#include <dlfcn.h>
#include <stddef.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

void *smartbi_lazy_symbol(struct smartbi_lazy_library *library, const char *symbol) {
    pthread_mutex_lock(&lock);
    if (!library->handle) {
        const char *error = "not found";
        for (const char *const *name = library->file_names; *name && !library->handle; name++) {
            library->handle = dlopen(*name, RTLD_NOW | RTLD_LOCAL);
            if (!library->handle) error = dlerror();
        }
        if (!library->handle) {
            fprintf(stderr, "error: %s need the shared library %s, which cannot be loaded (%s); install it and try again\n",
                    library->purpose, library->file_names[0], error);
            exit(1);
        }
    }
    void *address = dlsym(library->handle, symbol);
    pthread_mutex_unlock(&lock);
    if (!address) {
        fprintf(stderr, "error: %s need %s from %s, which this version of the library lacks\n",
                library->purpose, symbol, library->file_names[0]);
        exit(1);
    }
    return address;
}
