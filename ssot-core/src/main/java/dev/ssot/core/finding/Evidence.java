package dev.ssot.core.finding;

import dev.ssot.core.model.Location;
import java.util.List;

/**
 * Why a finding was reported: typed facts with a location, rendered by the report writers. Rules
 * never format evidence; writers switch over these records.
 */
public sealed interface Evidence {

  /** A short, stable name of the evidence type, used as {@code kind} in JSON. */
  String kind();

  /** Where the evidence is in the source. */
  Location location();

  /** A declaration of a type. */
  record Definition(String type, Location location) implements Evidence {
    @Override
    public String kind() {
      return "definition";
    }
  }

  /** An import (or qualified reference) as written. */
  record ImportOf(String name, Location location) implements Evidence {
    @Override
    public String kind() {
      return "import";
    }
  }

  /** A re-export of one name as another, and what makes ssot sure of it. */
  record ReExport(String from, String to, Location location, String reason) implements Evidence {
    @Override
    public String kind() {
      return "re-export";
    }
  }

  /**
   * One edge of a cycle with the imports and references behind it.
   *
   * @param location the first of {@code locations}
   * @param locations at most a capped number of {@code file:line} places
   * @param omitted how many more places exist beyond {@code locations}
   */
  record CycleEdge(String from, String to, Location location, List<Location> locations, int omitted)
      implements Evidence {
    public CycleEdge {
      locations = List.copyOf(locations);
    }

    @Override
    public String kind() {
      return "cycle-edge";
    }
  }

  /**
   * An edge whose removal (together with the other suggested cuts of the same finding) breaks every
   * cycle.
   *
   * @param weight how many imports and references are behind the edge
   */
  record SuggestedCut(String from, String to, Location location, int weight) implements Evidence {
    @Override
    public String kind() {
      return "suggested-cut";
    }
  }

  /**
   * Another rule's reason about the same import, folded into this finding so that one import is one
   * finding (see {@code docs/report-format.md}).
   *
   * @param rule the other rule's id
   * @param message what the other rule said
   * @param location where it said it (the import)
   */
  record AlsoFlagged(String rule, String message, Location location) implements Evidence {
    @Override
    public String kind() {
      return "also-flagged";
    }
  }

  /**
   * Why two definitions are taken for copies of one concept.
   *
   * @param type one definition (its qualified name); {@code location} is where it is declared
   * @param other the definition it is compared with
   * @param channels the ids of every evidence channel that found the pair ({@code
   *     same-qualified-name}, {@code identical-body}, {@code names}, {@code bodies})
   * @param confidence how sure the finding as a whole is ({@code high} or {@code medium})
   * @param bodyPercent how alike the two bodies are, 0…100 (0 when not measured)
   * @param sharedMembers members both declare, by name and arity
   * @param ofMembers how many such members the smaller of the two declares
   */
  record Likeness(
      String type,
      String other,
      Location location,
      List<String> channels,
      String confidence,
      int bodyPercent,
      int sharedMembers,
      int ofMembers)
      implements Evidence {
    public Likeness {
      channels = List.copyOf(channels);
    }

    @Override
    public String kind() {
      return "likeness";
    }

    /** One line for people: {@code A ~ B: identical body; 5 of 6 members shared}. */
    public String summary() {
      StringBuilder text = new StringBuilder(type).append(" ~ ").append(other).append(": ");
      text.append(String.join(", ", channels));
      if (bodyPercent > 0) {
        text.append("; bodies ").append(bodyPercent).append("% alike");
      }
      if (ofMembers > 0) {
        text.append("; ").append(sharedMembers).append(" of ").append(ofMembers);
        text.append(" members shared");
      }
      return text.append(" (confidence ").append(confidence).append(')').toString();
    }
  }

  /**
   * What importing one module of an import-time cycle first does: it either loads, or a statement
   * fails because it runs against a partially loaded module of the cycle.
   *
   * @param entry the module imported first
   * @param breaks whether the import fails
   * @param statement the failing statement as a short text ({@code from a import X}), or null
   * @param partial the partially loaded module the failing statement reads from, or null
   * @param name the name that module has not bound yet, or null
   * @param chain the imports that led to the failing statement, outermost first (empty when the
   *     import succeeds)
   * @param location the failing statement, or the entry module's file when the import succeeds
   */
  record CycleEntry(
      String entry,
      boolean breaks,
      String statement,
      String partial,
      String name,
      List<ChainLink> chain,
      Location location)
      implements Evidence {
    public CycleEntry {
      chain = List.copyOf(chain);
    }

    @Override
    public String kind() {
      return "cycle-entry";
    }
  }

  /**
   * One link of a {@link CycleEntry}'s chain: the statement in {@code module} that loads the next.
   */
  record ChainLink(String module, Location location) {}
}
