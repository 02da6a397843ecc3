/* fuzz.h - the libFuzzer entry point every target defines.
 *
 * The same sources build two ways: as libFuzzer targets (clang,
 * -fsanitize=fuzzer; tests/fuzz/CMakeLists.txt) and, linked with
 * tests/fuzz-replay/replay_main.c, as plain programs that feed each file of
 * the checked-in corpus once (ctest cases fuzz.replay.<target>). */
#ifndef DY_FUZZ_H
#define DY_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort (a crash libFuzzer reports) when an invariant does not hold. */
#define FUZZ_ASSERT(cond)                                                     \
    do {                                                                      \
        if (!(cond)) {                                                        \
            fuzz_fail(__FILE__, __LINE__, #cond);                             \
        }                                                                     \
    } while (0)

void fuzz_fail(const char *file, int line, const char *what);

#endif
