#ifndef BRIEFING_CLIBXML2_SHIM_H
#define BRIEFING_CLIBXML2_SHIM_H
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <libxml/xmlversion.h>
// libxml2's encoding.h would include the system ICU headers, whose enums clash with the copy
// of ICU that Foundation ships (_FoundationICU) once both are imported in one module. We never
// touch the ICU converter fields, so leave them out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

// libxml2 is opened on first use, not linked: only the HTML reader needs it, and loading it at
// start-up (with the ICU, lzma and zlib libraries it pulls in) costs every run about 1 MB of
// resident memory. The functions below call through the addresses found then; each returns
// NULL (or does nothing) when the library cannot be opened.
struct shim_xml_library {
  htmlDocPtr (*read_memory)(const char *, int, const char *, const char *, int);
  xmlNodePtr (*root_element)(const xmlDoc *);
  void (*free_doc)(xmlDocPtr);
  xmlChar *(*get_prop)(const xmlNode *, const xmlChar *);
  xmlFreeFunc *free;
};

// Function-local statics: Swift imports a header's file-scope statics as external symbols.
static inline struct shim_xml_library *shim_xml_storage(void) {
  static struct shim_xml_library functions;
  return &functions;
}

static inline void shim_xml_open(void) {
  void *handle = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL) handle = dlopen("libxml2.so", RTLD_NOW | RTLD_LOCAL);
  if (handle == NULL) return;
  struct shim_xml_library found;
  *(void **)&found.read_memory = dlsym(handle, "htmlReadMemory");
  *(void **)&found.root_element = dlsym(handle, "xmlDocGetRootElement");
  *(void **)&found.free_doc = dlsym(handle, "xmlFreeDoc");
  *(void **)&found.get_prop = dlsym(handle, "xmlGetProp");
  found.free = (xmlFreeFunc *)dlsym(handle, "xmlFree");
  if (found.read_memory && found.root_element && found.free_doc && found.get_prop && found.free)
    *shim_xml_storage() = found;
}

/// libxml2's functions, or NULL when it cannot be opened.
static inline const struct shim_xml_library *shim_xml(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, shim_xml_open);
  const struct shim_xml_library *functions = shim_xml_storage();
  return functions->read_memory ? functions : NULL;
}

/// 1 when libxml2 could be opened, 0 when it is missing from this machine.
static inline int shim_xml_available(void) { return shim_xml() != NULL; }

static inline htmlDocPtr shim_html_read_memory(const char *buffer, int size, int options) {
  const struct shim_xml_library *xml = shim_xml();
  return xml ? xml->read_memory(buffer, size, NULL, "UTF-8", options) : NULL;
}

static inline xmlNodePtr shim_xml_root_element(xmlDocPtr document) {
  const struct shim_xml_library *xml = shim_xml();
  return xml ? xml->root_element(document) : NULL;
}

static inline void shim_xml_free_doc(xmlDocPtr document) {
  const struct shim_xml_library *xml = shim_xml();
  if (xml) xml->free_doc(document);
}

static inline xmlChar *shim_xml_get_prop(const xmlNode *node, const char *name) {
  const struct shim_xml_library *xml = shim_xml();
  return xml ? xml->get_prop(node, (const xmlChar *)name) : NULL;
}

/// xmlFree is a global function-pointer variable, which Swift 6 cannot read.
static inline void shim_xml_free(void *p) {
  const struct shim_xml_library *xml = shim_xml();
  if (xml) (*xml->free)(p);
}
#endif
