package dev.ssot.rules.duplicates;

/**
 * Options of {@code duplicate-type}.
 *
 * @param infer whether concepts inferred from names are checked, not only declared ones (default true)
 * @param minSharedMembers for an inferred concept whose definitions carry the very same simple name,
 *     the share of member names they must have in common to count as duplicates (default 0.5);
 *     definitions whose names differ by an affix ({@code Unified}, {@code Legacy}, …) need one
 *     shared member
 */
public record DuplicateTypeOptions(Boolean infer, Double minSharedMembers) {

  public DuplicateTypeOptions {
    infer = infer == null || infer;
    minSharedMembers = minSharedMembers == null ? 0.5 : minSharedMembers;
    if (minSharedMembers < 0 || minSharedMembers > 1) {
      throw new IllegalArgumentException("minSharedMembers must be between 0 and 1, was " + minSharedMembers);
    }
  }
}
