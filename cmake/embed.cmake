# Turn a text file into a C source defining dy_default_policy_yaml[] (the bytes,
# NUL-terminated) and dy_default_policy_yaml_len. Run with -DINPUT= -DOUTPUT=.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hexlen)
math(EXPR len "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "((0x..,){16})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}" "/* Generated from default-policy.yaml by cmake/embed.cmake. Do not edit. */\n#include <stddef.h>\nextern const char dy_default_policy_yaml[];\nextern const size_t dy_default_policy_yaml_len;\nconst char dy_default_policy_yaml[] = {\n${bytes}0x00};\nconst size_t dy_default_policy_yaml_len = ${len};\n")
