#ifndef BRIEFING_CLIBXML2_SHIM_H
#define BRIEFING_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// libxml2's encoding.h would include the system ICU headers, whose enums clash with the copy
// of ICU that Foundation ships (_FoundationICU) once both are imported in one module. We never
// touch the ICU converter fields, so leave them out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/// xmlFree is a global function pointer, which Swift 6 cannot read; call it through here.
static inline void shim_xml_free(void *p) { xmlFree(p); }
#endif
