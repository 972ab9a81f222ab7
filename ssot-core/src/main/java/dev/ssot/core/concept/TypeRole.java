package dev.ssot.core.concept;

import dev.ssot.core.model.TypeDecl;

/**
 * The role of one type declaration, with the structural evidence for it.
 *
 * @param type the declaration
 * @param role what it is
 * @param target for an alias or shim the type it re-exports or forwards to; for a test double the
 *     type it stands in for, when known; otherwise null
 * @param reason one line saying which signal decided the role
 */
public record TypeRole(TypeDecl type, Role role, String target, String reason) {

  public String name() {
    return type.qualifiedName();
  }
}
