/* dotenv_docker.h - the `docker run --env-file` dialect (docker/cli kvfile). */
#ifndef DY_DOTENV_DOCKER_H
#define DY_DOTENV_DOCKER_H

#include "dotenv_parser.h"

/* Parse d's text from d->start, staging items in d. */
int dy_dotenv_parse_docker(dy_dotenv *d);

#endif
