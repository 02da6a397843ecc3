/* limiter_bans.h - the public ban API (dayone/banlist.h) over the
 * limiter's banlist (banlist.h). No library-internal functions of its own. */
#ifndef DY_LIMITER_BANS_H
#define DY_LIMITER_BANS_H

#include "dayone/banlist.h"

#endif
