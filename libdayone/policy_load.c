/* policy_load.c - loading a policy (temporary stub until the loader lands). */
#include "error.h"
#include "policy_load.h"

int dayone_policy_load_file(dayone_policy **out, const char *path, dayone_error *err)
{
    if (out)
        *out = NULL;
    return dy_error_set(err, DAYONE_ERROR, path, 0, 0, "policy loader not implemented yet");
}

int dayone_policy_load_string(dayone_policy **out, const char *yaml, size_t len,
                              const char *name, dayone_error *err)
{
    (void)yaml; (void)len;
    if (out)
        *out = NULL;
    return dy_error_set(err, DAYONE_ERROR, name, 0, 0, "policy loader not implemented yet");
}

int dayone_policy_load_default(dayone_policy **out, dayone_error *err)
{
    return dayone_policy_load_string(out, dy_default_policy_yaml, dy_default_policy_yaml_len,
                                     "<default>", err);
}
