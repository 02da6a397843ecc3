/* error.c - status names and the caller-owned error object. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "error.h"

void dayone_error_clear(dayone_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
}

int dy_error_set(dayone_error *err, int code, const char *path, unsigned line,
                 unsigned column, const char *fmt, ...)
{
    if (!err)
        return code;
    dayone_error_clear(err);
    err->code = code;
    err->line = line;
    err->column = column;
    if (path)
        snprintf(err->path, sizeof err->path, "%s", path);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}

const char *dayone_status_name(int status)
{
    switch (status) {
    case DAYONE_OK: return "DAYONE_OK";
    case DAYONE_ERROR: return "DAYONE_ERROR";
    case DAYONE_EINVAL: return "DAYONE_EINVAL";
    case DAYONE_ENOMEM: return "DAYONE_ENOMEM";
    case DAYONE_ENOTFOUND: return "DAYONE_ENOTFOUND";
    case DAYONE_EPOLICY: return "DAYONE_EPOLICY";
    case DAYONE_EENVFILE: return "DAYONE_EENVFILE";
    case DAYONE_EIO: return "DAYONE_EIO";
    case DAYONE_ELIMIT: return "DAYONE_ELIMIT";
    case DAYONE_EBACKEND: return "DAYONE_EBACKEND";
    case DAYONE_EVIOLATION: return "DAYONE_EVIOLATION";
    default: return "DAYONE_UNKNOWN";
    }
}

const char *dayone_version(void) { return DAYONE_VERSION_STRING; }

void dayone_free(void *ptr) { free(ptr); }
