/* dotenv_compose.h - the docker compose dialect (compose-go's dotenv). */
#ifndef DY_DOTENV_COMPOSE_H
#define DY_DOTENV_COMPOSE_H

#include "dotenv_parser.h"

/* Parse d's text from d->start, staging items in d. */
int dy_dotenv_parse_compose(dy_dotenv *d);

#endif
