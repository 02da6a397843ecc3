#include "text.h"
void dy_text_thing(void) {}
