package capi

// A report's findings read in one crossing, written by hand: through SWIG,
// each finding cost twelve cgo calls (the finding, then each of its eleven
// fields) and an allocation per string, ~20k instructions for a report of
// five findings. Here C lists every field's offset and length into a
// buffer of integers (Go memory without Go pointers: nothing for cgo to
// check) and copies their bytes into one Go buffer, of which every string
// is a slice: one allocation for all of them.

/*
#include <stdint.h>
#include <string.h>
#include "dayone/report.h"

enum {
    DY_GO_F_RULE = 0, DY_GO_F_KEY = 2, DY_GO_F_MESSAGE = 4, DY_GO_F_HINT = 6,
    DY_GO_F_BECAUSE = 8, DY_GO_F_SOURCE = 10, DY_GO_F_PATH = 12, DY_GO_F_WAIVER = 14,
    DY_GO_F_SEVERITY = 16, DY_GO_F_LINE = 17, DY_GO_F_COLUMN = 18, DY_GO_F_WORDS = 19
};

typedef struct dy_go_findings_result {
    size_t count; // findings listed
    size_t need;  // bytes their strings take
} dy_go_findings_result;

// Lists s at w (its offset in buf, its length) and copies it there when
// it fits; *used grows by its length either way.
static void dy_go_put_string(int64_t *w, const char *s, char *buf, size_t cap, size_t *used)
{
    size_t len = s ? strlen(s) : 0;
    w[0] = (int64_t)*used;
    w[1] = (int64_t)len;
    if (len && *used + len <= cap)
        memcpy(buf + *used, s, len);
    *used += len;
}

// Fills DY_GO_F_WORDS words per finding for findings [0, n) of the report
// (fewer if it has fewer), the strings copied one after another into buf.
// When they do not all fit in cap bytes, need says how many to give.
static dy_go_findings_result dy_go_report_findings(uintptr_t report, size_t n, int64_t *out,
                                                   char *buf, size_t cap)
{
    const dayone_report *r = (const dayone_report *)report;
    dy_go_findings_result res = {0, 0};
    size_t i;
    for (i = 0; i < n; i++) {
        const dayone_finding *f = dayone_report_get(r, i);
        if (!f)
            break;
        int64_t *w = out + i * DY_GO_F_WORDS;
        dy_go_put_string(w + DY_GO_F_RULE, f->rule, buf, cap, &res.need);
        dy_go_put_string(w + DY_GO_F_KEY, f->key, buf, cap, &res.need);
        dy_go_put_string(w + DY_GO_F_MESSAGE, f->message, buf, cap, &res.need);
        dy_go_put_string(w + DY_GO_F_HINT, f->hint, buf, cap, &res.need);
        dy_go_put_string(w + DY_GO_F_BECAUSE, f->because, buf, cap, &res.need);
        dy_go_put_string(w + DY_GO_F_SOURCE, f->source, buf, cap, &res.need);
        dy_go_put_string(w + DY_GO_F_PATH, f->source_path, buf, cap, &res.need);
        dy_go_put_string(w + DY_GO_F_WAIVER, f->waiver, buf, cap, &res.need);
        w[DY_GO_F_SEVERITY] = (int64_t)f->severity;
        w[DY_GO_F_LINE] = (int64_t)f->source_line;
        w[DY_GO_F_COLUMN] = (int64_t)f->source_column;
    }
    res.count = i;
    return res;
}
*/
import "C"

import "unsafe"

// FindingFields is one dayone_finding copied into Go memory.
type FindingFields struct {
	Rule, Key, Message, Hint, Because, Source, Path, Waiver string
	Severity, Line, Column                                  int
}

// findingBytesGuess is the room first given to a finding's strings (rule,
// key, message and hint usually take 150-200 bytes together); a report
// whose strings need more is read again with room enough.
const findingBytesGuess = 256

// ReportFindings copies the first n findings of the report at address
// report (fewer if it has fewer) with one cgo call (two when their strings
// outgrow the first guess of their size), handing each to each in order;
// it returns how many it read.
func ReportFindings(report uintptr, n int, each func(FindingFields)) int {
	if n <= 0 {
		return 0
	}
	words := make([]int64, n*C.DY_GO_F_WORDS)
	buf := make([]byte, n*findingBytesGuess)
	res := readFindings(report, words, buf)
	if int(res.need) > len(buf) {
		buf = make([]byte, res.need)
		res = readFindings(report, words, buf)
	}
	// Every string is a slice of buf, which is never written again.
	var strs string
	if res.need > 0 {
		strs = unsafe.String(&buf[0], int(res.need))
	}
	at := func(w []int64) string { return strs[w[0] : w[0]+w[1]] }
	count := int(res.count)
	for i := 0; i < count; i++ {
		w := words[i*C.DY_GO_F_WORDS : (i+1)*C.DY_GO_F_WORDS]
		each(FindingFields{
			Rule:     at(w[C.DY_GO_F_RULE:]),
			Key:      at(w[C.DY_GO_F_KEY:]),
			Message:  at(w[C.DY_GO_F_MESSAGE:]),
			Hint:     at(w[C.DY_GO_F_HINT:]),
			Because:  at(w[C.DY_GO_F_BECAUSE:]),
			Source:   at(w[C.DY_GO_F_SOURCE:]),
			Path:     at(w[C.DY_GO_F_PATH:]),
			Waiver:   at(w[C.DY_GO_F_WAIVER:]),
			Severity: int(w[C.DY_GO_F_SEVERITY]),
			Line:     int(w[C.DY_GO_F_LINE]),
			Column:   int(w[C.DY_GO_F_COLUMN]),
		})
	}
	return count
}

func readFindings(report uintptr, words []int64, buf []byte) C.dy_go_findings_result {
	return C.dy_go_report_findings(C.uintptr_t(report), C.size_t(len(words)/C.DY_GO_F_WORDS),
		(*C.int64_t)(unsafe.Pointer(&words[0])), (*C.char)(unsafe.Pointer(&buf[0])),
		C.size_t(len(buf)))
}
