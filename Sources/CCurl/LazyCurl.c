// libcurl, opened on the first call of one of these functions (see CLazyLibrary). Add a line here
// for every libcurl function SmartBI starts to use.
#include "CCurl.h"
#include "CLazyLibrary.h"

static const char *const names[] = {"libcurl.so.4", "libcurl.so", "libcurl.4.dylib", NULL};
static struct smartbi_lazy_library curl = {"HTTP sources, the LLM backend and email", names, NULL};

SMARTBI_LAZY(curl, CURLcode, curl_global_init, (long flags), (flags))
SMARTBI_LAZY(curl, CURL *, curl_easy_init, (void), ())
SMARTBI_LAZY(curl, CURLcode, curl_easy_perform, (CURL *handle), (handle))
SMARTBI_LAZY_VOID(curl, curl_easy_cleanup, (CURL *handle), (handle))
SMARTBI_LAZY(curl, const char *, curl_easy_strerror, (CURLcode code), (code))
SMARTBI_LAZY(curl, struct curl_slist *, curl_slist_append, (struct curl_slist *list, const char *string), (list, string))
SMARTBI_LAZY_VOID(curl, curl_slist_free_all, (struct curl_slist *list), (list))

typedef CURLcode (*variadic_call)(CURL *, int, ...);

static variadic_call resolved(const char *symbol, variadic_call *cached) {
    variadic_call function = __atomic_load_n(cached, __ATOMIC_ACQUIRE);
    if (!function) {
        function = (variadic_call)smartbi_lazy_symbol(&curl, symbol);
        __atomic_store_n(cached, function, __ATOMIC_RELEASE);
    }
    return function;
}

static variadic_call setopt, getinfo;

CURLcode smartbi_curl_set_long(CURL *handle, CURLoption option, long value) {
    return resolved("curl_easy_setopt", &setopt)(handle, (int)option, value);
}

CURLcode smartbi_curl_set_pointer(CURL *handle, CURLoption option, const void *value) {
    return resolved("curl_easy_setopt", &setopt)(handle, (int)option, value);
}

CURLcode smartbi_curl_set_string(CURL *handle, CURLoption option, const char *value) {
    return resolved("curl_easy_setopt", &setopt)(handle, (int)option, value);
}

CURLcode smartbi_curl_set_callback(CURL *handle, CURLoption option, size_t (*callback)(char *, size_t, size_t, void *)) {
    return resolved("curl_easy_setopt", &setopt)(handle, (int)option, callback);
}

CURLcode smartbi_curl_response_code(CURL *handle, long *code) {
    return resolved("curl_easy_getinfo", &getinfo)(handle, (int)CURLINFO_RESPONSE_CODE, code);
}
