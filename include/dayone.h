/*
 * dayone.h - umbrella header for libdayone.
 *
 * libdayone checks a service's environment against a launch policy (fail
 * fast, every problem at once) and enforces per-plan rate limits, quotas and
 * paywall gating at request time. See README.md and docs/.
 */
#ifndef DAYONE_H
#define DAYONE_H

#include "dayone/common.h"
#include "dayone/policy.h"
#include "dayone/env.h"
#include "dayone/report.h"
#include "dayone/check.h"
#include "dayone/limiter.h"
#include "dayone/redis.h"
#include "dayone/lint.h"
#include "dayone/postmortem.h"
#include "dayone/access.h"
#include "dayone/quota.h"
#include "dayone/stats.h"
#include "dayone/banlist.h"
#include "dayone/overrides.h"
#include "dayone/limit_reset.h"
#include "dayone/status.h"

#endif /* DAYONE_H */
