/* limiter_reset.h - the public limit_reset call (dayone/limit_reset.h)
 * over the access decision (access.h) and the limiter's state
 * (limiter.h: dy_limiter_reset_state). No library-internal functions of
 * its own. */
#ifndef DY_LIMITER_RESET_H
#define DY_LIMITER_RESET_H

#include "dayone/limit_reset.h"
#include "dayone/overrides.h"

#endif
