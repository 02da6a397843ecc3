/* A header with no .c file: a plain value type. */
