#include <pcre2.h>
