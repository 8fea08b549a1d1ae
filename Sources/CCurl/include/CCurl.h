#include <curl/curl.h>

// curl_easy_setopt and curl_easy_getinfo take variadic arguments, which Swift cannot pass:
// one typed function per kind of argument.
CURLcode smartbi_curl_set_long(CURL *handle, CURLoption option, long value);
CURLcode smartbi_curl_set_pointer(CURL *handle, CURLoption option, const void *value);
CURLcode smartbi_curl_set_string(CURL *handle, CURLoption option, const char *value);
CURLcode smartbi_curl_set_callback(CURL *handle, CURLoption option, size_t (*callback)(char *, size_t, size_t, void *));
CURLcode smartbi_curl_response_code(CURL *handle, long *code);
