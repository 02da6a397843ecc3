/* Compiling decision.c sees policy.h only: that policy.c includes a
 * header with <pcre2.h> does not put PCRE2 under the limiter. */
#include "policy.h"
