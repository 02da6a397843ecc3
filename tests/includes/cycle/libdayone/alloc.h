/* A fixture for check-includes.py: alloc (util) and text (util) include each
 * other, and alloc.h declares what text.c defines. */
#include "text.h"
void dy_text_thing(void);
