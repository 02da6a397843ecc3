/*
 * capi_layout.h - the flat records the dy_go_* shims (capi.i) exchange with
 * the Go side. Included by the C wrapper and read by SWIG, which turns the
 * macros into Go constants of package capi, so both sides share one table.
 */
#ifndef DAYONE_GO_CAPI_LAYOUT_H
#define DAYONE_GO_CAPI_LAYOUT_H

/* Decisions cross as the C library writes them: a dayone_decision read by
 * the Go side at these byte offsets (the LP64 layout; capi.i checks every
 * offset with a static assertion, so a different ABI fails to compile
 * rather than misread). DY_GO_D_WORDS int64 words per decision. */
#define DY_GO_D_OUTCOME 0          /* int32 */
#define DY_GO_D_ALLOWED 4          /* int32 */
#define DY_GO_D_STATUS 8           /* int32 */
#define DY_GO_D_RETRY_AFTER 16     /* int64 */
#define DY_GO_D_RESET_AFTER 24
#define DY_GO_D_REMAINING 32
#define DY_GO_D_LIMIT 40
#define DY_GO_D_WINDOW 48
#define DY_GO_D_QUOTA_REMAINING 56
#define DY_GO_D_UPGRADE_PLAN 64    /* char[64], NUL-terminated */
#define DY_GO_D_REASON 128         /* char[64], NUL-terminated */
#define DY_GO_D_BURST 192
#define DY_GO_D_RATE 200
#define DY_GO_D_RATE_PERIOD 208
#define DY_GO_D_WORDS 27
#define DY_GO_TEXT_BYTES 64

/* Every `out` buffer starts with a header word: 0, or after a failure a
 * dayone_error * for the Go side to read and free (DeleteDayone_error).
 * dy_go_decide's buffer: the header, one decision, then the request's
 * strings from word DY_GO_DECIDE_STRS on. dy_go_decide_many's: the header,
 * n decisions, then n int32 statuses. */
#define DY_GO_DECIDE_STRS 28
#define DY_GO_MANY_WORDS(n) (1 + (n) * DY_GO_D_WORDS + ((n) + 1) / 2)

/* Request layout for dy_go_decide_many: int64 words per request, in the
 * field order of dayone_request. A string is an offset into `strs`, where
 * it is followed by a NUL; `strs` itself ends with a NUL, so any offset
 * inside it is a terminated string and the C side checks only the range.
 * Requests may share strings (a batch writes a repeated plan once). A
 * batch with a NUL byte inside a string never comes here: the Go side
 * decides it one request at a time. FEATURE -1 means none. */
#define DY_GO_REQ_KEY 0
#define DY_GO_REQ_PLAN 1
#define DY_GO_REQ_LIMIT 2
#define DY_GO_REQ_COST 3
#define DY_GO_REQ_FEATURE 4
#define DY_GO_REQ_USAGE 5
#define DY_GO_REQ_NOW 6
#define DY_GO_REQ_WORDS 7
/* Variables for dy_go_env_set_many: int64 words per variable, the strings
 * packed into one buffer. The name is (offset, length) and must be followed
 * there by a NUL (checked); the value is (offset, length), any bytes, no
 * terminator (the library reads exactly that many). */
#define DY_GO_VAR_NAME_OFF 0
#define DY_GO_VAR_NAME_LEN 1
#define DY_GO_VAR_VALUE_OFF 2
#define DY_GO_VAR_VALUE_LEN 3
#define DY_GO_VAR_WORDS 4
/* Header values written by dy_go_headers: three slots of this many bytes,
 * and the three writers' status codes in the words after the decision. */
#define DY_GO_HEADER_BYTES 256
#define DY_GO_HEADER_CODES 27       /* == DY_GO_D_WORDS (checked in capi.i) */
#define DY_GO_HEADER_WORDS 30       /* == DY_GO_D_WORDS + 3 */

#endif
