// libpq, opened on the first call of one of these functions (see CLazyLibrary). Add a line here
// for every libpq function the PostgreSQL connector or the PostgreSQL state store starts to use.
#include "CLibPQ.h"
#include "CLazyLibrary.h"

static const char *const names[] = {"libpq.so.5", "libpq.so", "libpq.5.dylib", NULL};
static struct smartbi_lazy_library libpq = {"PostgreSQL sources", names, NULL};

SMARTBI_LAZY(libpq, int, PQcancel, (PGcancel *cancel, char *errbuf, int errbufsize), (cancel, errbuf, errbufsize))
SMARTBI_LAZY_VOID(libpq, PQclear, (PGresult *res), (res))
SMARTBI_LAZY(libpq, PGconn *, PQconnectdbParams, (const char *const *keywords, const char *const *values, int expand_dbname),
             (keywords, values, expand_dbname))
SMARTBI_LAZY(libpq, PGconn *, PQconnectdb, (const char *conninfo), (conninfo))
SMARTBI_LAZY(libpq, char *, PQerrorMessage, (const PGconn *conn), (conn))
SMARTBI_LAZY(libpq, PGresult *, PQexec, (PGconn *conn, const char *query), (conn, query))
SMARTBI_LAZY(libpq, PGresult *, PQexecParams,
             (PGconn *conn, const char *command, int nParams, const Oid *paramTypes, const char *const *paramValues,
              const int *paramLengths, const int *paramFormats, int resultFormat),
             (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat))
SMARTBI_LAZY_VOID(libpq, PQfinish, (PGconn *conn), (conn))
SMARTBI_LAZY(libpq, int, PQfmod, (const PGresult *res, int field_num), (res, field_num))
SMARTBI_LAZY(libpq, char *, PQfname, (const PGresult *res, int field_num), (res, field_num))
SMARTBI_LAZY_VOID(libpq, PQfreeCancel, (PGcancel *cancel), (cancel))
SMARTBI_LAZY(libpq, Oid, PQftype, (const PGresult *res, int field_num), (res, field_num))
SMARTBI_LAZY(libpq, PGcancel *, PQgetCancel, (PGconn *conn), (conn))
SMARTBI_LAZY(libpq, PGresult *, PQgetResult, (PGconn *conn), (conn))
SMARTBI_LAZY(libpq, int, PQgetisnull, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
SMARTBI_LAZY(libpq, char *, PQgetvalue, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
SMARTBI_LAZY(libpq, int, PQnfields, (const PGresult *res), (res))
SMARTBI_LAZY(libpq, int, PQntuples, (const PGresult *res), (res))
SMARTBI_LAZY_VOID(libpq, PQreset, (PGconn *conn), (conn))
SMARTBI_LAZY(libpq, char *, PQresultErrorField, (const PGresult *res, int fieldcode), (res, fieldcode))
SMARTBI_LAZY(libpq, ExecStatusType, PQresultStatus, (const PGresult *res), (res))
SMARTBI_LAZY(libpq, int, PQsendQueryParams,
             (PGconn *conn, const char *command, int nParams, const Oid *paramTypes, const char *const *paramValues,
              const int *paramLengths, const int *paramFormats, int resultFormat),
             (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat))
SMARTBI_LAZY(libpq, int, PQsetSingleRowMode, (PGconn *conn), (conn))
SMARTBI_LAZY(libpq, ConnStatusType, PQstatus, (const PGconn *conn), (conn))
SMARTBI_LAZY(libpq, PGTransactionStatusType, PQtransactionStatus, (const PGconn *conn), (conn))
