#ifndef BRIEFING_CLIBXML2_SHIM_H
#define BRIEFING_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/// xmlFree is a global function pointer, which Swift 6 cannot read; call it through here.
static inline void shim_xml_free(void *p) { xmlFree(p); }
#endif
