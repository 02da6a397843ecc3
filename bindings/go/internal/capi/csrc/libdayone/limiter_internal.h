/* limiter_internal.h - what limiter.c shares with an attached shared-state
 * backend (the Redis backend).
 *
 * limiter.c validates and resolves a request, applies the paywall and, when
 * the caller passed usage, the quota, exactly as without a backend (one
 * behaviour, one place). Only the rate step (and the quota counter when the
 * usage is unknown) is handed to the backend through dy_backend_decide().
 * The backend either fills the whole decision or answers DY_BACKEND_LOCAL,
 * and limiter.c carries on with its in-process table. */
#ifndef DY_LIMITER_INTERNAL_H
#define DY_LIMITER_INTERNAL_H

#include "policy.h"

typedef struct dy_backend dy_backend;

/* A prepared request at the rate step. Pointers are borrowed for the call. */
typedef struct dy_backend_req {
    const dayone_request *req;
    const dayone_policy *policy;
    size_t plan, limit;              /* indices into policy */
    int64_t emission_ns, burst, tolerance_ns, cost;
    int64_t quota_amount;            /* the plan's quota for this limit, -1 none */
    dayone_enforcement enforcement;  /* resolved: STRICT, SOFT or OFF */
    int quota_applies;               /* usage given and checked by limiter.c */
    int overage;                     /* ... and over the quota under soft */
} dy_backend_req;

/* Returned by dy_backend_decide(): "decide this one in-process". */
#define DY_BACKEND_LOCAL 1

/* DAYONE_OK with *d filled, DY_BACKEND_LOCAL, or a DAYONE_E* error. Inside a
 * batch (dy_backend_batch_begin on this thread) the request is queued and
 * *d is filled by dy_backend_batch_end(). */
int dy_backend_decide(dy_backend *b, const dy_backend_req *r, dayone_decision *d,
                      dayone_error *err);

/* Bracket dayone_limiter_decide_many(): requests reaching the rate step in
 * between are sent in one pipelined round trip by batch_end. */
void *dy_backend_batch_begin(dy_backend *b);
void dy_backend_batch_end(dayone_limiter *lim, void *batch);

void dy_backend_free(dy_backend *b);

/* The limiter's backend slot (limiter.c). Set once, before the limiter is
 * shared between threads. */
dy_backend **dy_limiter_backend_slot(const dayone_limiter *lim);

#endif
