/* entropy.h - a value's estimated entropy and its Stripe key mode. Never copies
 * or prints the value. */
#ifndef DY_ENTROPY_H
#define DY_ENTROPY_H

#include <stddef.h>

/* Estimated entropy in bits: length * Shannon entropy of the byte histogram. */
double dy_entropy_bits(const char *value, size_t len);

/* Stripe key mode: 1 live (sk_live_, rk_live_, whsec_ is neither), 0 test
 * (sk_test_, rk_test_), -1 not a recognisable Stripe secret key. */
int dy_stripe_key_mode(const char *value, size_t len);

#endif
