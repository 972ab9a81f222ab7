/* The one native method of io.github.bonede:tree-sitter-python's TreeSitterPython: the grammar. */
#include <jni.h>
#include <stdint.h>

const void *tree_sitter_python(void);

JNIEXPORT jlong JNICALL Java_org_treesitter_TreeSitterPython_tree_1sitter_1python(JNIEnv *env,
                                                                                 jclass c) {
  return (jlong)(intptr_t)tree_sitter_python();
}
