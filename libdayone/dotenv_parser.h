/* dotenv_parser.h - what the three .env dialect parsers (dotenv_compose.c,
 * dotenv_docker.c, dotenv_python.c) share: the parse state, value buffers,
 * errors that name their place, lookups and staging.
 *
 * Parsing never touches a snapshot: it fills a dy_env_items list that the
 * caller commits in one step, so a bad file leaves the snapshot unchanged.
 * A value the text holds as it stands (nothing to decode or substitute)
 * is staged as a pointer into the text, as every name is (env_items.h).
 * Any other value is built in a dy_vbuf, which wipes what it held; each
 * byte of it remembers the offset in the text it came from, so an error
 * found after escapes were decoded (a ${VAR} reference) still names the
 * exact line and column. One dy_dotenv belongs to one parse (not
 * thread-safe). */
#ifndef DY_DOTENV_PARSER_H
#define DY_DOTENV_PARSER_H

#include <stddef.h>
#include <stdint.h>
#include "dayone/env.h"
#include "env_items.h"

/* A value being built: bytes plus, for each, the text offset it came from.
 * Allocation failure is sticky (dy_vbuf_failed); the bytes are wiped on
 * growth and release. */
typedef struct dy_vbuf {
    char *p;
    size_t *off;
    size_t len, cap;
    int failed;
    int too_long;   /* grew past DAYONE_ENV_VALUE_MAX: appends stop */
} dy_vbuf;

#define DY_VBUF_INIT { NULL, NULL, 0, 0, 0, 0 }

/* Append n bytes, all attributed to text offset `off`. */
void dy_vbuf_put(dy_vbuf *b, const char *s, size_t n, size_t off);
/* Append n bytes whose offsets are offs[0..n) (offs NULL: off0, off0+1...). */
void dy_vbuf_put_mapped(dy_vbuf *b, const char *s, const size_t *offs, size_t off0,
                        size_t n);
int dy_vbuf_failed(const dy_vbuf *b);
void dy_vbuf_release(dy_vbuf *b);

/* A slot of the index of names assigned so far: the item's index + 1 (0:
 * empty) and its name's hash, kept so that growing never hashes again. */
typedef struct dy_dotenv_slot {
    uint32_t item;
    uint32_t hash;
} dy_dotenv_slot;

/* One parse: the text, where errors point, the lookup and what the file
 * has assigned so far (for references to earlier lines). */
typedef struct dy_dotenv {
    const char *s;          /* the text; every offset below indexes it */
    size_t len;
    size_t start;           /* first byte after a UTF-8 BOM */
    int borrow;             /* s outlives the items: they may point into it
                             * (0 while a dialect parses a temporary copy) */
    const char *path;       /* for errors */
    dayone_error *err;
    const dayone_env *lookup; /* NULL: environ */
    dy_env_items items;     /* staged so far */
    dy_dotenv_slot *index;  /* open addressing by name hash; size icap (2^k) */
    size_t icap;
    const char *key;        /* the name being assigned (for messages) */
    size_t key_len;
    size_t staged;          /* value bytes staged so far (DY_DOTENV_STAGED_MAX) */
    size_t cur_off;         /* line cursor for emit: cur_line starts ... */
    unsigned cur_line;      /* ... at or before cur_off */
} dy_dotenv;

/* Interpolation can copy one value into many (B=${A}${A}..., or one
 * reference per line): all values of one file together stay under this. */
#define DY_DOTENV_STAGED_MAX (4u * DAYONE_ENV_FILE_MAX)

/* Encoding pass over d->s[d->start..len): NUL bytes and invalid UTF-8
 * anywhere are DAYONE_EENVFILE errors at their place. */
int dy_dotenv_check_encoding(dy_dotenv *d);

/* Set the error at text offset `off` (line and column computed) and return
 * code. The message must not quote the text. */
int dy_dotenv_fail(dy_dotenv *d, int code, size_t off, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
int dy_dotenv_nomem(dy_dotenv *d);

/* The error for a reference to a name set nowhere: names the variable
 * being assigned and, when the reference was written in braces and is an
 * identifier, the name referred to. A bare $name is often a `$` inside a
 * password, so that name (a piece of the value) is never printed: only
 * its length. `tool` says what the tool would have done. */
int dy_dotenv_unresolved(dy_dotenv *d, size_t off, const char *name, size_t name_len,
                         int braced, const char *tool);

/* Stage name = the buffer's bytes (the buffer is taken and reset), or name
 * = None when `value` is NULL. name_off places the item's line, value_off
 * a value-limit error. The name must lie in d->s; every emit borrows it
 * when d->borrow allows, else copies it. */
int dy_dotenv_emit(dy_dotenv *d, const char *name, size_t name_len, dy_vbuf *value,
                   size_t name_off, size_t value_off);
/* Stage name = value[0..value_len), which lies in d->s: borrowed
 * (env_items.h), not copied, when d->borrow allows. */
int dy_dotenv_emit_text(dy_dotenv *d, const char *name, size_t name_len, const char *value,
                        size_t value_len, size_t name_off, size_t value_off);
/* Stage name = a copy of value[0..len). */
int dy_dotenv_emit_copy(dy_dotenv *d, const char *name, size_t name_len, const char *value,
                        size_t value_len, size_t name_off, size_t value_off);

/* What an earlier line of this file assigned to name: 1 and *value (NULL
 * for None; not NUL-terminated), or 0 if none did. Borrowed until the
 * next emit. */
int dy_dotenv_earlier(const dy_dotenv *d, const char *name, size_t name_len,
                      const char **value, size_t *value_len);
/* What the lookup (or environ) holds for name: 1 and *value, or 0. */
int dy_dotenv_outside(const dy_dotenv *d, const char *name, size_t name_len,
                      const char **value, size_t *value_len);

/* Decode the UTF-8 sequence at s[i] (the text was validated) into *cp;
 * returns its length. */
size_t dy_utf8_next(const char *s, size_t len, size_t i, uint32_t *cp);

/* White space as Go's unicode.IsSpace and Python's str.isspace see it. */
int dy_go_isspace(uint32_t cp);
int dy_py_isspace(uint32_t cp);

#endif
