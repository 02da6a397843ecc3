/* test_policy_snapshot.c - the default policy's image (policy_snapshot.h):
 * dayone_policy_load_default() copies it, and it must be, word for word,
 * the model this build's loader makes (pointers compared as offsets into
 * the model), with its patterns compiled. Making an image refuses a word
 * that differs between two loads or points outside the model. Sanitizer
 * builds have no image (their arena allocates one by one); there the load
 * must still work, from the tree. */
#include <string.h>
#include "testutil.h"
#include "alloc_arena.h"
#include "default_policy_snapshot.h"
#include "policy.h"
#include "policy_load.h"
#include "policy_rules.h"
#include "policy_snapshot.h"
#include "policy_support.h"

/* As alloc_arena.c decides. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || defined(DAYONE_ARENA_DEBUG)
#define ONE_BY_ONE 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define ONE_BY_ONE 1
#endif
#endif
#ifndef ONE_BY_ONE
#define ONE_BY_ONE 0
#endif

#define BIG_BLOCK (4u * 1024u * 1024u)

/* The default policy as the loader builds it: from the pre-parsed tree
 * (what the image is made from), or from the YAML text with every check. */
static dayone_policy *model_from(int from_text)
{
    dayone_policy *p = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    assert_int_equal(dy_policy_load_default_model(&p, BIG_BLOCK, from_text, &err), DAYONE_OK);
    return p;
}

static dayone_policy *model(void) { return model_from(0); }

static void test_load_default_uses_the_image(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    assert_int_equal(dayone_policy_load_default(&p, NULL), DAYONE_OK);
    size_t used = 0;
    const void *block = dy_arena_single_block(p->arena, &used);
    if (ONE_BY_ONE) {
        assert_int_equal(dy_default_policy_snapshot.len, 0);
    } else {
        assert_true(dy_default_policy_snapshot.len > 0);
        assert_non_null(block);
        assert_int_equal(used, dy_default_policy_snapshot.len);
        assert_ptr_equal((const unsigned char *)block + dy_default_policy_snapshot.policy_at,
                         (const void *)p);
    }
    assert_string_equal(dayone_policy_name(p), "<default>");
    dayone_policy_free(p);
}

/* Every compiled pattern is there, the list elements' too. */
static size_t check_patterns(const dy_rule *r)
{
    size_t n = 0;
    if (r->checks.pattern_src) {
        assert_non_null(r->checks.pattern);
        n++;
    } else {
        assert_null(r->checks.pattern);
    }
    if (r->facts && r->facts->each)
        n += check_patterns(r->facts->each);
    return n;
}

static void test_image_has_its_patterns(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    assert_int_equal(dayone_policy_load_default(&p, NULL), DAYONE_OK);
    size_t n = 0;
    for (size_t i = 0; i < p->nrules; i++)
        n += check_patterns(&p->rules[i]);
    assert_true(n >= 2);   /* the default policy has `pattern:` checks */
    assert_non_null(p->support);
    assert_non_null(p->support->ticket);
    assert_int_equal(p->support->ticket_jit_tried, 0);
    dayone_policy_free(p);
}

/* The deep comparison: the image made from a copied policy and a loaded one
 * is the compiled-in image, so the two models are the same bytes but for
 * where they sit. Against the tree's model and the YAML text's. */
static void compare_with_loaded(int from_text)
{
    if (ONE_BY_ONE)
        return;   /* no image in this build: test_load_default_uses_the_image says so */
    dayone_policy *copied = NULL, *loaded = model_from(from_text);
    assert_int_equal(dayone_policy_load_default(&copied, NULL), DAYONE_OK);
    dy_policy_snapshot img;
    char why[256] = "";
    int rc = dy_policy_snapshot_make(copied, loaded, &img, why, sizeof why);
    if (rc)
        print_error("%s\n", why);
    assert_int_equal(rc, 0);
    assert_int_equal(img.len, dy_default_policy_snapshot.len);
    assert_int_equal(img.policy_at, dy_default_policy_snapshot.policy_at);
    assert_memory_equal(img.bytes, dy_default_policy_snapshot.bytes, img.len);
    assert_int_equal(img.nrelocs, dy_default_policy_snapshot.nrelocs);
    assert_memory_equal(img.relocs, dy_default_policy_snapshot.relocs,
                        img.nrelocs * sizeof img.relocs[0]);
    dy_policy_snapshot_release(&img);

    /* ... and it tells a difference in any field. */
    loaded->rules[3].severity ^= 1;
    assert_int_equal(dy_policy_snapshot_make(copied, loaded, &img, why, sizeof why), -1);
    assert_non_null(strstr(why, "differs"));
    loaded->rules[3].severity ^= 1;
    dayone_policy_free(copied);
    dayone_policy_free(loaded);
}

static void test_image_is_the_trees_model(void **state)
{
    (void)state;
    compare_with_loaded(0);
}

static void test_image_is_the_texts_model(void **state)
{
    (void)state;
    compare_with_loaded(1);
}

static const char outside[] = "a static string";

static void test_make_refuses_pointers_outside(void **state)
{
    (void)state;
    if (ONE_BY_ONE)
        return;
    dayone_policy *a = model(), *b = model();
    dy_policy_snapshot img;
    char why[256] = "";
    assert_int_equal(dy_policy_snapshot_make(a, b, &img, why, sizeof why), 0);
    dy_policy_snapshot_release(&img);
    /* The same address in both: a static table would not be there at run time. */
    char *saved_a = a->rules[0].hint, *saved_b = b->rules[0].hint;
    a->rules[0].hint = b->rules[0].hint = (char *)outside;
    assert_int_equal(dy_policy_snapshot_make(a, b, &img, why, sizeof why), -1);
    assert_non_null(strstr(why, "outside the model"));
    a->rules[0].hint = saved_a;
    b->rules[0].hint = saved_b;
    /* A word the loads disagree on that is no pointer into the model. */
    a->rules[0].mark.line++;
    assert_int_equal(dy_policy_snapshot_make(a, b, &img, why, sizeof why), -1);
    assert_non_null(strstr(why, "differs"));
    a->rules[0].mark.line--;
    dayone_policy_free(a);
    dayone_policy_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_load_default_uses_the_image),
        cmocka_unit_test(test_image_has_its_patterns),
        cmocka_unit_test(test_image_is_the_trees_model),
        cmocka_unit_test(test_image_is_the_texts_model),
        cmocka_unit_test(test_make_refuses_pointers_outside),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
