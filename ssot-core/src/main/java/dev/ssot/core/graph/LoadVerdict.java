package dev.ssot.core.graph;

import dev.ssot.core.model.Location;
import java.util.List;

/**
 * Whether an import-time cycle breaks: what happens when each member of the cycle is the first of
 * them to be imported, as the language's linker worked out by replaying the members' loading
 * without running them.
 *
 * @param entries one result per member tried as the first module imported, sorted by module
 */
public record LoadVerdict(List<Entry> entries) {

  public LoadVerdict {
    entries = List.copyOf(entries);
  }

  /** Whether importing some member first fails. */
  public boolean breaks() {
    return entries.stream().anyMatch(Entry::breaks);
  }

  /**
   * What importing one member first does.
   *
   * @param module the member imported first
   * @param failure the statement that fails, or null when the import succeeds
   */
  public record Entry(String module, Failure failure) {

    public boolean breaks() {
      return failure != null;
    }
  }

  /**
   * A statement that fails because it runs against a partially loaded module.
   *
   * @param location where the failing statement is
   * @param statement the statement as a short text ({@code from a import X})
   * @param partial the partially loaded module it reads from
   * @param name the name that module has not bound yet
   * @param boundAt where that module binds the name later, or null when it is a submodule still
   *     loading
   * @param chain the imports that led there, from the entry module's own file outward: each the
   *     module being loaded and the statement in it that loads the next
   */
  public record Failure(
      Location location,
      String statement,
      String partial,
      String name,
      Location boundAt,
      List<Link> chain) {

    public Failure {
      chain = List.copyOf(chain);
    }
  }

  /**
   * One step of the chain: module {@code module} is loading and the statement at {@code location}
   * loads the next module.
   */
  public record Link(String module, Location location) {}
}
