/*
 * capi_layout.h - the flat records the dy_go_* shims (capi.i) exchange with
 * the Go side. Included by the C wrapper and read by SWIG, which turns the
 * macros into Go constants of package capi, so both sides share one table.
 */
#ifndef DAYONE_GO_CAPI_LAYOUT_H
#define DAYONE_GO_CAPI_LAYOUT_H

/* Flat decision record layout (int64 words). Word 0 of every `out` buffer
 * is a header: 0, or after a failure a dayone_error * to free with
 * DeleteDayone_error. Records follow, DY_GO_REC_WORDS each. */
#define DY_GO_REC_RC 0
#define DY_GO_REC_OUTCOME 1
#define DY_GO_REC_ALLOWED 2
#define DY_GO_REC_STATUS 3
#define DY_GO_REC_RETRY_AFTER 4
#define DY_GO_REC_RESET_AFTER 5
#define DY_GO_REC_REMAINING 6
#define DY_GO_REC_LIMIT 7
#define DY_GO_REC_WINDOW 8
#define DY_GO_REC_QUOTA_REMAINING 9
#define DY_GO_REC_BURST 10
#define DY_GO_REC_UPGRADE_PLAN 11
#define DY_GO_REC_REASON 19
#define DY_GO_REC_WORDS 27
#define DY_GO_TEXT_BYTES 64
/* dy_go_decide's buffer: the header word, one record, then the request's
 * strings from this word on. */
#define DY_GO_DECIDE_STRS 28
/* Request layout for dy_go_decide_many: int64 words per request. Each
 * string is (offset into `strs`, length) and must be followed there by a
 * NUL; a string holding a NUL byte is detected. Requests may share strings
 * (a batch writes a repeated plan once). FEATURE_OFF -1 means none. */
#define DY_GO_REQ_KEY_OFF 0
#define DY_GO_REQ_KEY_LEN 1
#define DY_GO_REQ_PLAN_OFF 2
#define DY_GO_REQ_PLAN_LEN 3
#define DY_GO_REQ_LIMIT_OFF 4
#define DY_GO_REQ_LIMIT_LEN 5
#define DY_GO_REQ_FEATURE_OFF 6
#define DY_GO_REQ_FEATURE_LEN 7
#define DY_GO_REQ_COST 8
#define DY_GO_REQ_USAGE 9
#define DY_GO_REQ_NOW 10
#define DY_GO_REQ_WORDS 11
/* dy_go_decide_many's answer when a string holds a NUL byte: nothing was
 * decided; the Go side decides such a batch one request at a time. */
#define DY_GO_BATCH_HAS_NUL 1
/* Header values written by dy_go_headers: three slots of this many bytes. */
#define DY_GO_HEADER_BYTES 256

#endif
