/*
 * JNI functions for the native methods of io.github.bonede:tree-sitter's org.treesitter.TSParser,
 * compiled together with the tree-sitter runtime (lib/src/lib.c) into one optimised library that
 * the binding loads in place of the one it bundles (see TreeSitterLibraries.java and build.sh).
 *
 * The binding's Java classes stay as they are; only the native side is ours. Every native method
 * the binding declares has a function here (a missing one would fail at its first call), but only
 * the ones ssot uses do real work: parsing, trees, nodes, tree cursors and language tables. The
 * others (queries, loggers, included ranges, edits, lookahead iterators, dot graphs, dynamic
 * language loading) throw UnsupportedOperationException, naming the switch back to the bundled
 * library. Class, field and method ids are looked up once, when the library is loaded.
 */
#include <jni.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

static jclass node_class, point_class, unsupported_class;
static jfieldID node_context0, node_context1, node_context2, node_context3, node_id, node_tree;
static jfieldID point_row, point_column;
static jmethodID reader_read;

static jclass global_class(JNIEnv *env, const char *name) {
  jclass local = (*env)->FindClass(env, name);
  if (local == NULL) return NULL;
  jclass global = (jclass)(*env)->NewGlobalRef(env, local);
  (*env)->DeleteLocalRef(env, local);
  return global;
}

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
  (void)reserved;
  JNIEnv *env;
  if ((*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_8) != JNI_OK) return JNI_ERR;
  node_class = global_class(env, "org/treesitter/TSNode");
  point_class = global_class(env, "org/treesitter/TSPoint");
  unsupported_class = global_class(env, "java/lang/UnsupportedOperationException");
  jclass reader_class = (*env)->FindClass(env, "org/treesitter/TSReader");
  if (node_class == NULL || point_class == NULL || unsupported_class == NULL || reader_class == NULL) {
    return JNI_ERR;
  }
  node_context0 = (*env)->GetFieldID(env, node_class, "context0", "I");
  node_context1 = (*env)->GetFieldID(env, node_class, "context1", "I");
  node_context2 = (*env)->GetFieldID(env, node_class, "context2", "I");
  node_context3 = (*env)->GetFieldID(env, node_class, "context3", "I");
  node_id = (*env)->GetFieldID(env, node_class, "idPtr", "J");
  node_tree = (*env)->GetFieldID(env, node_class, "treePtr", "J");
  point_row = (*env)->GetFieldID(env, point_class, "row", "I");
  point_column = (*env)->GetFieldID(env, point_class, "column", "I");
  reader_read = (*env)->GetMethodID(env, reader_class, "read", "([BILorg/treesitter/TSPoint;)I");
  if (node_context0 == NULL || node_context1 == NULL || node_context2 == NULL || node_context3 == NULL
      || node_id == NULL || node_tree == NULL || point_row == NULL || point_column == NULL
      || reader_read == NULL) {
    return JNI_ERR; /* another binding version: the loader falls back to the bundled library */
  }
  return JNI_VERSION_1_8;
}

static jobject node_object(JNIEnv *env, TSNode node) {
  jobject object = (*env)->AllocObject(env, node_class);
  if (object == NULL) return NULL;
  (*env)->SetIntField(env, object, node_context0, (jint)node.context[0]);
  (*env)->SetIntField(env, object, node_context1, (jint)node.context[1]);
  (*env)->SetIntField(env, object, node_context2, (jint)node.context[2]);
  (*env)->SetIntField(env, object, node_context3, (jint)node.context[3]);
  (*env)->SetLongField(env, object, node_id, (jlong)(intptr_t)node.id);
  (*env)->SetLongField(env, object, node_tree, (jlong)(intptr_t)node.tree);
  return object;
}

static TSNode node_value(JNIEnv *env, jobject object) {
  TSNode node;
  node.context[0] = (uint32_t)(*env)->GetIntField(env, object, node_context0);
  node.context[1] = (uint32_t)(*env)->GetIntField(env, object, node_context1);
  node.context[2] = (uint32_t)(*env)->GetIntField(env, object, node_context2);
  node.context[3] = (uint32_t)(*env)->GetIntField(env, object, node_context3);
  node.id = (const void *)(intptr_t)(*env)->GetLongField(env, object, node_id);
  node.tree = (const TSTree *)(intptr_t)(*env)->GetLongField(env, object, node_tree);
  return node;
}

static jobject point_object(JNIEnv *env, TSPoint point) {
  jobject object = (*env)->AllocObject(env, point_class);
  if (object == NULL) return NULL;
  (*env)->SetIntField(env, object, point_row, (jint)point.row);
  (*env)->SetIntField(env, object, point_column, (jint)point.column);
  return object;
}

static TSPoint point_value(JNIEnv *env, jobject object) {
  TSPoint point;
  point.row = (uint32_t)(*env)->GetIntField(env, object, point_row);
  point.column = (uint32_t)(*env)->GetIntField(env, object, point_column);
  return point;
}

static jstring string_or_null(JNIEnv *env, const char *chars) {
  return chars == NULL ? NULL : (*env)->NewStringUTF(env, chars);
}

static void unsupported(JNIEnv *env, const char *what) {
  char message[256];
  snprintf(message, sizeof message,
           "%s is not in ssot's optimised tree-sitter library; run with -Dssot.treesitter=bundled",
           what);
  (*env)->ThrowNew(env, unsupported_class, message);
}

#define FN(ret, name) JNIEXPORT ret JNICALL Java_org_treesitter_TSParser_##name

/* ---- parser ---- */

FN(jlong, ts_1parser_1new)(JNIEnv *env, jclass c) { return (jlong)(intptr_t)ts_parser_new(); }

FN(void, ts_1parser_1delete)(JNIEnv *env, jclass c, jlong parser) {
  ts_parser_delete((TSParser *)(intptr_t)parser);
}

FN(jboolean, ts_1parser_1set_1language)(JNIEnv *env, jclass c, jlong parser, jlong language) {
  return (jboolean)ts_parser_set_language((TSParser *)(intptr_t)parser,
                                          (const TSLanguage *)(intptr_t)language);
}

FN(jlong, ts_1parser_1language)(JNIEnv *env, jclass c, jlong parser) {
  return (jlong)(intptr_t)ts_parser_language((TSParser *)(intptr_t)parser);
}

FN(void, ts_1parser_1reset)(JNIEnv *env, jclass c, jlong parser) {
  ts_parser_reset((TSParser *)(intptr_t)parser);
}

/* The reader upcall: the Java reader fills the caller's byte[] and returns the count; the bytes are
 * copied into a native buffer of the same size, which tree-sitter reads until the next upcall. */
struct reader {
  JNIEnv *env;
  jobject reader;
  jbyteArray array;
  char *bytes;
  jint capacity;
  int failed;
};

static const char *read_chunk(void *payload, uint32_t offset, TSPoint position, uint32_t *count) {
  struct reader *r = (struct reader *)payload;
  JNIEnv *env = r->env;
  *count = 0;
  if (r->failed) return r->bytes;
  jobject point = point_object(env, position);
  jint read = point == NULL ? -1
                            : (*env)->CallIntMethod(env, r->reader, reader_read, r->array,
                                                    (jint)offset, point);
  if (point != NULL) (*env)->DeleteLocalRef(env, point);
  if ((*env)->ExceptionCheck(env) || read < 0) {
    r->failed = 1; /* an exception stays pending and is thrown when the native method returns */
    return r->bytes;
  }
  if (read > r->capacity) read = r->capacity;
  if (read > 0) (*env)->GetByteArrayRegion(env, r->array, 0, read, (jbyte *)r->bytes);
  *count = (uint32_t)read;
  return r->bytes;
}

FN(jlong, ts_1parser_1parse)(JNIEnv *env, jclass c, jlong parser, jbyteArray array, jlong old_tree,
                             jobject reader, jint encoding) {
  struct reader r;
  r.env = env;
  r.reader = reader;
  r.array = array;
  r.capacity = (*env)->GetArrayLength(env, array);
  r.bytes = (char *)malloc(r.capacity > 0 ? (size_t)r.capacity : 1);
  r.failed = 0;
  if (r.bytes == NULL) {
    (*env)->ThrowNew(env, (*env)->FindClass(env, "java/lang/OutOfMemoryError"), "parse buffer");
    return 0;
  }
  TSInput input;
  input.payload = &r;
  input.read = read_chunk;
  input.encoding = (TSInputEncoding)encoding;
  input.decode = NULL;
  TSTree *tree = ts_parser_parse((TSParser *)(intptr_t)parser, (const TSTree *)(intptr_t)old_tree,
                                 input);
  free(r.bytes);
  if (r.failed && tree != NULL) {
    ts_tree_delete(tree);
    tree = NULL;
  }
  return (jlong)(intptr_t)tree;
}

FN(jlong, ts_1parser_1parse_1string)(JNIEnv *env, jclass c, jlong parser, jlong old_tree,
                                     jstring input) {
  const char *chars = (*env)->GetStringUTFChars(env, input, NULL);
  if (chars == NULL) return 0;
  TSTree *tree = ts_parser_parse_string((TSParser *)(intptr_t)parser,
                                        (const TSTree *)(intptr_t)old_tree, chars,
                                        (uint32_t)(*env)->GetStringUTFLength(env, input));
  (*env)->ReleaseStringUTFChars(env, input, chars);
  return (jlong)(intptr_t)tree;
}

FN(jlong, ts_1parser_1parse_1string_1encoding)(JNIEnv *env, jclass c, jlong parser, jlong old_tree,
                                               jstring input, jint encoding) {
  const char *chars = (*env)->GetStringUTFChars(env, input, NULL);
  if (chars == NULL) return 0;
  TSTree *tree = ts_parser_parse_string_encoding(
      (TSParser *)(intptr_t)parser, (const TSTree *)(intptr_t)old_tree, chars,
      (uint32_t)(*env)->GetStringUTFLength(env, input), (TSInputEncoding)encoding);
  (*env)->ReleaseStringUTFChars(env, input, chars);
  return (jlong)(intptr_t)tree;
}

FN(jlong, ts_1parser_1parse_1with_1options)(JNIEnv *env, jclass c, jlong parser, jlong old_tree,
                                            jbyteArray array, jobject reader, jint encoding,
                                            jobject progress) {
  unsupported(env, "TSParser.parse with a progress callback");
  return 0;
}

FN(jboolean, ts_1parser_1set_1included_1ranges)(JNIEnv *env, jclass c, jlong parser,
                                                jobjectArray ranges) {
  unsupported(env, "TSParser.setIncludedRanges");
  return JNI_FALSE;
}

FN(jobjectArray, ts_1parser_1included_1ranges)(JNIEnv *env, jclass c, jlong parser) {
  unsupported(env, "TSParser.getIncludedRanges");
  return NULL;
}

FN(void, ts_1parser_1set_1logger)(JNIEnv *env, jclass c, jlong parser, jobject logger) {
  unsupported(env, "TSParser.setLogger");
}

/* No logger is ever installed (see above), so there is none to release. */
FN(void, free_1logger)(JNIEnv *env, jclass c, jlong parser) {}

FN(void, ts_1parser_1print_1dot_1graphs)(JNIEnv *env, jclass c, jlong parser, jobject fd) {
  unsupported(env, "TSParser.printDotGraphs");
}

/* ---- trees ---- */

FN(jlong, ts_1tree_1copy)(JNIEnv *env, jclass c, jlong tree) {
  return (jlong)(intptr_t)ts_tree_copy((const TSTree *)(intptr_t)tree);
}

FN(void, ts_1tree_1delete)(JNIEnv *env, jclass c, jlong tree) {
  ts_tree_delete((TSTree *)(intptr_t)tree);
}

FN(jobject, ts_1tree_1root_1node)(JNIEnv *env, jclass c, jlong tree) {
  return node_object(env, ts_tree_root_node((const TSTree *)(intptr_t)tree));
}

FN(jobject, ts_1tree_1root_1node_1with_1offset)(JNIEnv *env, jclass c, jlong tree, jint bytes,
                                                jobject point) {
  return node_object(env, ts_tree_root_node_with_offset((const TSTree *)(intptr_t)tree,
                                                        (uint32_t)bytes, point_value(env, point)));
}

FN(jlong, ts_1tree_1language)(JNIEnv *env, jclass c, jlong tree) {
  return (jlong)(intptr_t)ts_tree_language((const TSTree *)(intptr_t)tree);
}

FN(jobjectArray, ts_1tree_1included_1ranges)(JNIEnv *env, jclass c, jlong tree) {
  unsupported(env, "TSTree.getIncludedRanges");
  return NULL;
}

FN(void, ts_1tree_1edit)(JNIEnv *env, jclass c, jlong tree, jobject edit) {
  unsupported(env, "TSTree.edit");
}

FN(jobjectArray, ts_1tree_1get_1changed_1ranges)(JNIEnv *env, jclass c, jlong a, jlong b) {
  unsupported(env, "TSTree.getChangedRanges");
  return NULL;
}

FN(void, ts_1tree_1print_1dot_1graph)(JNIEnv *env, jclass c, jlong tree, jobject fd) {
  unsupported(env, "TSTree.printDotGraphs");
}

/* ---- nodes ---- */

/* Each macro takes the JNI name (with '_' escaped as "_1") and the tree-sitter function. */
#define NODE_TO_INT(jni, fn)                                                 \
  FN(jint, jni)(JNIEnv *env, jclass c, jobject node) {                       \
    return (jint)fn(node_value(env, node));                                  \
  }
#define NODE_TO_BOOLEAN(jni, fn)                                             \
  FN(jboolean, jni)(JNIEnv *env, jclass c, jobject node) {                   \
    return fn(node_value(env, node)) ? JNI_TRUE : JNI_FALSE;                 \
  }
#define NODE_TO_NODE(jni, fn)                                                \
  FN(jobject, jni)(JNIEnv *env, jclass c, jobject node) {                    \
    return node_object(env, fn(node_value(env, node)));                      \
  }
#define NODE_INT_TO_NODE(jni, fn)                                            \
  FN(jobject, jni)(JNIEnv *env, jclass c, jobject node, jint i) {            \
    return node_object(env, fn(node_value(env, node), (uint32_t)i));        \
  }

NODE_TO_INT(ts_1node_1symbol, ts_node_symbol)
NODE_TO_INT(ts_1node_1grammar_1symbol, ts_node_grammar_symbol)
NODE_TO_INT(ts_1node_1start_1byte, ts_node_start_byte)
NODE_TO_INT(ts_1node_1end_1byte, ts_node_end_byte)
NODE_TO_INT(ts_1node_1parse_1state, ts_node_parse_state)
NODE_TO_INT(ts_1node_1next_1parse_1state, ts_node_next_parse_state)
NODE_TO_INT(ts_1node_1child_1count, ts_node_child_count)
NODE_TO_INT(ts_1node_1named_1child_1count, ts_node_named_child_count)
NODE_TO_BOOLEAN(ts_1node_1is_1null, ts_node_is_null)
NODE_TO_BOOLEAN(ts_1node_1is_1named, ts_node_is_named)
NODE_TO_BOOLEAN(ts_1node_1is_1missing, ts_node_is_missing)
NODE_TO_BOOLEAN(ts_1node_1is_1extra, ts_node_is_extra)
NODE_TO_BOOLEAN(ts_1node_1has_1changes, ts_node_has_changes)
NODE_TO_BOOLEAN(ts_1node_1has_1error, ts_node_has_error)
NODE_TO_BOOLEAN(ts_1node_1is_1error, ts_node_is_error)
NODE_TO_NODE(ts_1node_1parent, ts_node_parent)
NODE_TO_NODE(ts_1node_1next_1sibling, ts_node_next_sibling)
NODE_TO_NODE(ts_1node_1prev_1sibling, ts_node_prev_sibling)
NODE_TO_NODE(ts_1node_1next_1named_1sibling, ts_node_next_named_sibling)
NODE_TO_NODE(ts_1node_1prev_1named_1sibling, ts_node_prev_named_sibling)
NODE_INT_TO_NODE(ts_1node_1child, ts_node_child)
NODE_INT_TO_NODE(ts_1node_1named_1child, ts_node_named_child)
NODE_INT_TO_NODE(ts_1node_1child_1by_1field_1id, ts_node_child_by_field_id)
NODE_INT_TO_NODE(ts_1node_1first_1child_1for_1byte, ts_node_first_child_for_byte)
NODE_INT_TO_NODE(ts_1node_1first_1named_1child_1for_1byte, ts_node_first_named_child_for_byte)

FN(jstring, ts_1node_1type)(JNIEnv *env, jclass c, jobject node) {
  return string_or_null(env, ts_node_type(node_value(env, node)));
}

FN(jstring, ts_1node_1grammar_1type)(JNIEnv *env, jclass c, jobject node) {
  return string_or_null(env, ts_node_grammar_type(node_value(env, node)));
}

FN(jobject, ts_1node_1start_1point)(JNIEnv *env, jclass c, jobject node) {
  return point_object(env, ts_node_start_point(node_value(env, node)));
}

FN(jobject, ts_1node_1end_1point)(JNIEnv *env, jclass c, jobject node) {
  return point_object(env, ts_node_end_point(node_value(env, node)));
}

FN(jstring, ts_1node_1string)(JNIEnv *env, jclass c, jobject node) {
  char *chars = ts_node_string(node_value(env, node));
  jstring string = string_or_null(env, chars);
  free(chars);
  return string;
}

FN(jstring, ts_1node_1field_1name_1for_1child)(JNIEnv *env, jclass c, jobject node, jint i) {
  return string_or_null(env, ts_node_field_name_for_child(node_value(env, node), (uint32_t)i));
}

FN(jstring, ts_1node_1field_1name_1for_1named_1child)(JNIEnv *env, jclass c, jobject node,
                                                      jlong i) {
  return string_or_null(env,
                        ts_node_field_name_for_named_child(node_value(env, node), (uint32_t)i));
}

FN(jobject, ts_1node_1child_1by_1field_1name)(JNIEnv *env, jclass c, jobject node, jstring name) {
  const char *chars = (*env)->GetStringUTFChars(env, name, NULL);
  if (chars == NULL) return NULL;
  TSNode child = ts_node_child_by_field_name(node_value(env, node), chars,
                                             (uint32_t)(*env)->GetStringUTFLength(env, name));
  (*env)->ReleaseStringUTFChars(env, name, chars);
  return node_object(env, child);
}

FN(jobject, ts_1node_1child_1with_1descendant)(JNIEnv *env, jclass c, jobject node,
                                               jobject descendant) {
  return node_object(env, ts_node_child_with_descendant(node_value(env, node),
                                                        node_value(env, descendant)));
}

FN(jobject, ts_1node_1descendant_1for_1byte_1range)(JNIEnv *env, jclass c, jobject node, jint start,
                                                    jint end) {
  return node_object(env, ts_node_descendant_for_byte_range(node_value(env, node), (uint32_t)start,
                                                            (uint32_t)end));
}

FN(jobject, ts_1node_1named_1descendant_1for_1byte_1range)(JNIEnv *env, jclass c, jobject node,
                                                          jint start, jint end) {
  return node_object(env, ts_node_named_descendant_for_byte_range(node_value(env, node),
                                                                  (uint32_t)start, (uint32_t)end));
}

FN(jobject, ts_1node_1descendant_1for_1point_1range)(JNIEnv *env, jclass c, jobject node,
                                                     jobject start, jobject end) {
  return node_object(env, ts_node_descendant_for_point_range(
                              node_value(env, node), point_value(env, start), point_value(env, end)));
}

FN(jobject, ts_1node_1named_1descendant_1for_1point_1range)(JNIEnv *env, jclass c, jobject node,
                                                           jobject start, jobject end) {
  return node_object(env, ts_node_named_descendant_for_point_range(
                              node_value(env, node), point_value(env, start), point_value(env, end)));
}

FN(jobject, ts_1node_1edit)(JNIEnv *env, jclass c, jobject node, jobject edit) {
  unsupported(env, "TSNode.edit");
  return NULL;
}

FN(jboolean, ts_1node_1eq)(JNIEnv *env, jclass c, jobject a, jobject b) {
  return ts_node_eq(node_value(env, a), node_value(env, b)) ? JNI_TRUE : JNI_FALSE;
}

/* ---- tree cursors: a malloc'ed TSTreeCursor; the binding calls delete, then free_cursor ---- */

FN(jlong, ts_1tree_1cursor_1new)(JNIEnv *env, jclass c, jobject node) {
  TSTreeCursor *cursor = (TSTreeCursor *)malloc(sizeof(TSTreeCursor));
  if (cursor == NULL) return 0;
  *cursor = ts_tree_cursor_new(node_value(env, node));
  return (jlong)(intptr_t)cursor;
}

FN(jlong, ts_1tree_1cursor_1copy)(JNIEnv *env, jclass c, jlong cursor) {
  TSTreeCursor *copy = (TSTreeCursor *)malloc(sizeof(TSTreeCursor));
  if (copy == NULL) return 0;
  *copy = ts_tree_cursor_copy((const TSTreeCursor *)(intptr_t)cursor);
  return (jlong)(intptr_t)copy;
}

FN(void, ts_1tree_1cursor_1delete)(JNIEnv *env, jclass c, jlong cursor) {
  ts_tree_cursor_delete((TSTreeCursor *)(intptr_t)cursor);
}

FN(void, free_1cursor)(JNIEnv *env, jclass c, jlong cursor) { free((void *)(intptr_t)cursor); }

FN(void, ts_1tree_1cursor_1reset)(JNIEnv *env, jclass c, jlong cursor, jobject node) {
  ts_tree_cursor_reset((TSTreeCursor *)(intptr_t)cursor, node_value(env, node));
}

FN(jobject, ts_1tree_1cursor_1current_1node)(JNIEnv *env, jclass c, jlong cursor) {
  return node_object(env, ts_tree_cursor_current_node((const TSTreeCursor *)(intptr_t)cursor));
}

FN(jstring, ts_1tree_1cursor_1current_1field_1name)(JNIEnv *env, jclass c, jlong cursor) {
  return string_or_null(env,
                        ts_tree_cursor_current_field_name((const TSTreeCursor *)(intptr_t)cursor));
}

FN(jint, ts_1tree_1cursor_1current_1field_1id)(JNIEnv *env, jclass c, jlong cursor) {
  return (jint)ts_tree_cursor_current_field_id((const TSTreeCursor *)(intptr_t)cursor);
}

#define CURSOR_TO_BOOLEAN(jni, fn)                                           \
  FN(jboolean, jni)(JNIEnv *env, jclass c, jlong cursor) {                   \
    return fn((TSTreeCursor *)(intptr_t)cursor) ? JNI_TRUE : JNI_FALSE;      \
  }
CURSOR_TO_BOOLEAN(ts_1tree_1cursor_1goto_1parent, ts_tree_cursor_goto_parent)
CURSOR_TO_BOOLEAN(ts_1tree_1cursor_1goto_1next_1sibling, ts_tree_cursor_goto_next_sibling)
CURSOR_TO_BOOLEAN(ts_1tree_1cursor_1goto_1previous_1sibling, ts_tree_cursor_goto_previous_sibling)
CURSOR_TO_BOOLEAN(ts_1tree_1cursor_1goto_1first_1child, ts_tree_cursor_goto_first_child)

FN(jint, ts_1tree_1cursor_1goto_1first_1child_1for_1byte)(JNIEnv *env, jclass c, jlong cursor,
                                                          jint byte) {
  return (jint)ts_tree_cursor_goto_first_child_for_byte((TSTreeCursor *)(intptr_t)cursor,
                                                        (uint32_t)byte);
}

FN(jint, ts_1tree_1cursor_1goto_1first_1child_1for_1point)(JNIEnv *env, jclass c, jlong cursor,
                                                           jobject point) {
  return (jint)ts_tree_cursor_goto_first_child_for_point((TSTreeCursor *)(intptr_t)cursor,
                                                         point_value(env, point));
}

/* ---- languages ---- */

#define LANGUAGE(ptr) ((const TSLanguage *)(intptr_t)(ptr))

FN(jlong, ts_1language_1copy)(JNIEnv *env, jclass c, jlong language) {
  return (jlong)(intptr_t)ts_language_copy(LANGUAGE(language));
}

FN(void, ts_1language_1delete)(JNIEnv *env, jclass c, jlong language) {
  ts_language_delete(LANGUAGE(language));
}

FN(jint, ts_1language_1state_1count)(JNIEnv *env, jclass c, jlong language) {
  return (jint)ts_language_state_count(LANGUAGE(language));
}

FN(jint, ts_1language_1next_1state)(JNIEnv *env, jclass c, jlong language, jint state,
                                    jint symbol) {
  return (jint)ts_language_next_state(LANGUAGE(language), (TSStateId)state, (TSSymbol)symbol);
}

FN(jint, ts_1language_1field_1count)(JNIEnv *env, jclass c, jlong language) {
  return (jint)ts_language_field_count(LANGUAGE(language));
}

FN(jstring, ts_1language_1field_1name_1for_1id)(JNIEnv *env, jclass c, jlong language, jint id) {
  return string_or_null(env, ts_language_field_name_for_id(LANGUAGE(language), (TSFieldId)id));
}

FN(jint, ts_1language_1field_1id_1for_1name)(JNIEnv *env, jclass c, jlong language,
                                            jstring name) {
  const char *chars = (*env)->GetStringUTFChars(env, name, NULL);
  if (chars == NULL) return 0;
  TSFieldId id = ts_language_field_id_for_name(LANGUAGE(language), chars,
                                               (uint32_t)(*env)->GetStringUTFLength(env, name));
  (*env)->ReleaseStringUTFChars(env, name, chars);
  return (jint)id;
}

FN(jint, ts_1language_1symbol_1type)(JNIEnv *env, jclass c, jlong language, jint symbol) {
  return (jint)ts_language_symbol_type(LANGUAGE(language), (TSSymbol)symbol);
}

FN(jint, ts_1language_1symbol_1count)(JNIEnv *env, jclass c, jlong language) {
  return (jint)ts_language_symbol_count(LANGUAGE(language));
}

FN(jstring, ts_1language_1symbol_1name)(JNIEnv *env, jclass c, jlong language, jint symbol) {
  return string_or_null(env, ts_language_symbol_name(LANGUAGE(language), (TSSymbol)symbol));
}

FN(jint, ts_1language_1symbol_1for_1name)(JNIEnv *env, jclass c, jlong language, jstring name,
                                         jboolean named) {
  const char *chars = (*env)->GetStringUTFChars(env, name, NULL);
  if (chars == NULL) return 0;
  TSSymbol symbol = ts_language_symbol_for_name(LANGUAGE(language), chars,
                                                (uint32_t)(*env)->GetStringUTFLength(env, name),
                                                named == JNI_TRUE);
  (*env)->ReleaseStringUTFChars(env, name, chars);
  return (jint)symbol;
}

FN(jint, ts_1language_1abi_1version)(JNIEnv *env, jclass c, jlong language) {
  return (jint)ts_language_abi_version(LANGUAGE(language));
}

FN(jstring, ts_1language_1name)(JNIEnv *env, jclass c, jlong language) {
  return string_or_null(env, ts_language_name(LANGUAGE(language)));
}

static jintArray symbols_array(JNIEnv *env, const TSSymbol *symbols, uint32_t length) {
  jintArray array = (*env)->NewIntArray(env, (jsize)length);
  if (array == NULL) return NULL;
  for (uint32_t i = 0; i < length; i++) {
    jint value = (jint)symbols[i];
    (*env)->SetIntArrayRegion(env, array, (jsize)i, 1, &value);
  }
  return array;
}

FN(jintArray, ts_1language_1supertypes)(JNIEnv *env, jclass c, jlong language) {
  uint32_t length = 0;
  const TSSymbol *symbols = ts_language_supertypes(LANGUAGE(language), &length);
  return symbols_array(env, symbols, length);
}

FN(jintArray, ts_1language_1subtypes)(JNIEnv *env, jclass c, jlong language, jint supertype) {
  uint32_t length = 0;
  const TSSymbol *symbols = ts_language_subtypes(LANGUAGE(language), (TSSymbol)supertype, &length);
  return symbols_array(env, symbols, length);
}

FN(jobject, ts_1language_1metadata)(JNIEnv *env, jclass c, jlong language) {
  unsupported(env, "TSLanguage.metadata");
  return NULL;
}

FN(jlong, ts_1load_1lang)(JNIEnv *env, jclass c, jstring path, jstring name) {
  unsupported(env, "TSLanguage.load");
  return 0;
}

/* ---- what ssot does not use ---- */

#define UNSUPPORTED(ret, zero, jni, what, ...)                               \
  FN(ret, jni)(JNIEnv *env, jclass c, ##__VA_ARGS__) {                       \
    unsupported(env, what);                                                  \
    return zero;                                                             \
  }
#define UNSUPPORTED_VOID(jni, what, ...)                                     \
  FN(void, jni)(JNIEnv *env, jclass c, ##__VA_ARGS__) { unsupported(env, what); }

UNSUPPORTED(jlong, 0, ts_1query_1new, "TSQuery", jlong a, jstring b)
UNSUPPORTED_VOID(ts_1query_1delete, "TSQuery", jlong a)
UNSUPPORTED(jint, 0, ts_1query_1pattern_1count, "TSQuery", jlong a)
UNSUPPORTED(jint, 0, ts_1query_1capture_1count, "TSQuery", jlong a)
UNSUPPORTED(jint, 0, ts_1query_1string_1count, "TSQuery", jlong a)
UNSUPPORTED(jint, 0, ts_1query_1start_1byte_1for_1pattern, "TSQuery", jlong a, jint b)
UNSUPPORTED(jint, 0, ts_1query_1end_1byte_1for_1pattern, "TSQuery", jlong a, jint b)
UNSUPPORTED(jobjectArray, NULL, ts_1query_1predicates_1for_1pattern, "TSQuery", jlong a, jint b)
UNSUPPORTED(jboolean, JNI_FALSE, ts_1query_1is_1pattern_1rooted, "TSQuery", jlong a, jint b)
UNSUPPORTED(jboolean, JNI_FALSE, ts_1query_1is_1pattern_1non_1local, "TSQuery", jlong a, jint b)
UNSUPPORTED(jboolean, JNI_FALSE, ts_1query_1is_1pattern_1guaranteed_1at_1step, "TSQuery", jlong a,
            jint b)
UNSUPPORTED(jstring, NULL, ts_1query_1capture_1name_1for_1id, "TSQuery", jlong a, jint b)
UNSUPPORTED(jint, 0, ts_1query_1capture_1quantifier_1for_1id, "TSQuery", jlong a, jint b, jint d)
UNSUPPORTED(jstring, NULL, ts_1query_1string_1value_1for_1id, "TSQuery", jlong a, jint b)
UNSUPPORTED_VOID(ts_1query_1disable_1capture, "TSQuery", jlong a, jstring b)
UNSUPPORTED_VOID(ts_1query_1disable_1pattern, "TSQuery", jlong a, jint b)
UNSUPPORTED(jlong, 0, ts_1query_1cursor_1new, "TSQueryCursor")
UNSUPPORTED_VOID(ts_1query_1cursor_1delete, "TSQueryCursor", jlong a)
UNSUPPORTED(jlong, 0, ts_1query_1cursor_1options_1new, "TSQueryCursor")
UNSUPPORTED_VOID(ts_1query_1cursor_1options_1delete, "TSQueryCursor", jlong a)
UNSUPPORTED_VOID(ts_1query_1cursor_1exec, "TSQueryCursor", jlong a, jlong b, jobject d)
UNSUPPORTED_VOID(ts_1query_1cursor_1exec_1with_1options, "TSQueryCursor", jlong a, jlong b,
                 jobject d, jobject e, jlong f)
UNSUPPORTED(jboolean, JNI_FALSE, ts_1query_1cursor_1did_1exceed_1match_1limit, "TSQueryCursor",
            jlong a)
UNSUPPORTED(jint, 0, ts_1query_1cursor_1match_1limit, "TSQueryCursor", jlong a)
UNSUPPORTED_VOID(ts_1query_1cursor_1set_1match_1limit, "TSQueryCursor", jlong a, jint b)
UNSUPPORTED(jboolean, JNI_FALSE, ts_1query_1cursor_1set_1byte_1range, "TSQueryCursor", jlong a,
            jint b, jint d)
UNSUPPORTED(jboolean, JNI_FALSE, ts_1query_1cursor_1set_1point_1range, "TSQueryCursor", jlong a,
            jobject b, jobject d)
UNSUPPORTED(jboolean, JNI_FALSE, ts_1query_1cursor_1set_1containing_1byte_1range, "TSQueryCursor",
            jlong a, jint b, jint d)
UNSUPPORTED(jboolean, JNI_FALSE, ts_1query_1cursor_1set_1containing_1point_1range,
            "TSQueryCursor", jlong a, jobject b, jobject d)
UNSUPPORTED(jboolean, JNI_FALSE, ts_1query_1cursor_1next_1match, "TSQueryCursor", jlong a,
            jobject b)
UNSUPPORTED_VOID(ts_1query_1cursor_1remove_1match, "TSQueryCursor", jlong a, jint b)
UNSUPPORTED(jboolean, JNI_FALSE, ts_1query_1cursor_1next_1capture, "TSQueryCursor", jlong a,
            jobject b)
UNSUPPORTED(jlong, 0, ts_1lookahead_1iterator_1new, "TSLookAheadIterator", jlong a, jint b)
UNSUPPORTED_VOID(ts_1lookahead_1iterator_1delete, "TSLookAheadIterator", jlong a)
UNSUPPORTED(jboolean, JNI_FALSE, ts_1lookahead_1iterator_1reset_1state, "TSLookAheadIterator",
            jlong a, jint b)
UNSUPPORTED(jboolean, JNI_FALSE, ts_1lookahead_1iterator_1reset, "TSLookAheadIterator", jlong a,
            jlong b, jint d)
UNSUPPORTED(jlong, 0, ts_1lookahead_1iterator_1language, "TSLookAheadIterator", jlong a)
UNSUPPORTED(jboolean, JNI_FALSE, ts_1lookahead_1iterator_1next, "TSLookAheadIterator", jlong a)
UNSUPPORTED(jint, 0, ts_1lookahead_1iterator_1current_1symbol, "TSLookAheadIterator", jlong a)
UNSUPPORTED(jstring, NULL, ts_1lookahead_1iterator_1current_1symbol_1name, "TSLookAheadIterator",
            jlong a)
