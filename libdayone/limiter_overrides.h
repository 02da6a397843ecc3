/* limiter_overrides.h - the public override API (dayone/overrides.h) over
 * the limiter's override table (override_table.h). No library-internal
 * functions of its own. */
#ifndef DY_LIMITER_OVERRIDES_H
#define DY_LIMITER_OVERRIDES_H

#include "dayone/overrides.h"

#endif
