/* dotenv_python.h - the python-dotenv dialect (dotenv_values). */
#ifndef DY_DOTENV_PYTHON_H
#define DY_DOTENV_PYTHON_H

#include "dotenv_parser.h"

/* Parse d's text from d->start, staging items in d. */
int dy_dotenv_parse_python(dy_dotenv *d);

#endif
