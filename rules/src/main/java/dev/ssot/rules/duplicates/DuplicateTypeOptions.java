package dev.ssot.rules.duplicates;

/**
 * Options of {@code duplicate-type}.
 *
 * @param infer whether concepts inferred from names are checked, not only declared ones (default
 *     true). How much inferred duplicates must share is {@code inference.minSharedMembers}.
 */
public record DuplicateTypeOptions(Boolean infer) {

  public DuplicateTypeOptions {
    infer = infer == null || infer;
  }
}
