/* facts_document.h - one JSON or YAML document as a facts tree. */
#ifndef DY_FACTS_DOCUMENT_H
#define DY_FACTS_DOCUMENT_H

#include "dayone/common.h"
#include "fact_tree.h"

/* Build the tree of one document (facts_document.c). *root is a MAP (empty
 * for an empty document); *count its facts. `path` is borrowed into the
 * tree's sources and must outlive it. */
int dy_facts_document(const char *text, size_t len, const char *path, dy_fact **root,
                      size_t *count, dayone_error *err);

#endif
