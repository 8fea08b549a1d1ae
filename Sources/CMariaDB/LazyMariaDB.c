// libmariadb, opened on the first call of one of these functions (see CLazyLibrary). Add a line
// here for every function the MySQL connector starts to use.
#include "CMariaDB.h"
#include "CLazyLibrary.h"

static const char *const names[] = {"libmariadb.so.3", "libmariadb.so", "libmariadb.3.dylib", NULL};
static struct smartbi_lazy_library mariadb = {"MySQL and MariaDB sources", names, NULL};

SMARTBI_LAZY_VOID(mariadb, mysql_close, (MYSQL *sock), (sock))
SMARTBI_LAZY(mariadb, unsigned int, mysql_errno, (MYSQL *mysql), (mysql))
SMARTBI_LAZY(mariadb, const char *, mysql_error, (MYSQL *mysql), (mysql))
SMARTBI_LAZY(mariadb, MYSQL_FIELD *, mysql_fetch_fields, (MYSQL_RES *res), (res))
SMARTBI_LAZY_VOID(mariadb, mysql_free_result, (MYSQL_RES *result), (result))
SMARTBI_LAZY(mariadb, char *, mysql_get_server_info, (MYSQL *mysql), (mysql))
SMARTBI_LAZY(mariadb, MYSQL *, mysql_init, (MYSQL *mysql), (mysql))
SMARTBI_LAZY(mariadb, unsigned int, mysql_num_fields, (MYSQL_RES *res), (res))
SMARTBI_LAZY(mariadb, int, mysql_options, (MYSQL *mysql, enum mysql_option option, const void *arg), (mysql, option, arg))
SMARTBI_LAZY(mariadb, MYSQL *, mysql_real_connect,
             (MYSQL *mysql, const char *host, const char *user, const char *passwd, const char *db, unsigned int port,
              const char *unix_socket, unsigned long clientflag),
             (mysql, host, user, passwd, db, port, unix_socket, clientflag))
SMARTBI_LAZY(mariadb, int, mysql_real_query, (MYSQL *mysql, const char *q, unsigned long length), (mysql, q, length))
SMARTBI_LAZY(mariadb, my_bool, mysql_stmt_bind_param, (MYSQL_STMT *stmt, MYSQL_BIND *bnd), (stmt, bnd))
SMARTBI_LAZY(mariadb, my_bool, mysql_stmt_bind_result, (MYSQL_STMT *stmt, MYSQL_BIND *bnd), (stmt, bnd))
SMARTBI_LAZY(mariadb, my_bool, mysql_stmt_close, (MYSQL_STMT *stmt), (stmt))
SMARTBI_LAZY(mariadb, unsigned int, mysql_stmt_errno, (MYSQL_STMT *stmt), (stmt))
SMARTBI_LAZY(mariadb, const char *, mysql_stmt_error, (MYSQL_STMT *stmt), (stmt))
SMARTBI_LAZY(mariadb, int, mysql_stmt_execute, (MYSQL_STMT *stmt), (stmt))
SMARTBI_LAZY(mariadb, int, mysql_stmt_fetch, (MYSQL_STMT *stmt), (stmt))
SMARTBI_LAZY(mariadb, int, mysql_stmt_fetch_column, (MYSQL_STMT *stmt, MYSQL_BIND *bind_arg, unsigned int column, unsigned long offset),
             (stmt, bind_arg, column, offset))
SMARTBI_LAZY(mariadb, MYSQL_STMT *, mysql_stmt_init, (MYSQL *mysql), (mysql))
SMARTBI_LAZY(mariadb, int, mysql_stmt_prepare, (MYSQL_STMT *stmt, const char *query, unsigned long length), (stmt, query, length))
SMARTBI_LAZY(mariadb, MYSQL_RES *, mysql_stmt_result_metadata, (MYSQL_STMT *stmt), (stmt))
SMARTBI_LAZY(mariadb, MYSQL_RES *, mysql_store_result, (MYSQL *mysql), (mysql))
