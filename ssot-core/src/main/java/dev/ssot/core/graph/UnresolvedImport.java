package dev.ssot.core.graph;

import dev.ssot.core.model.ImportRef;
import dev.ssot.core.model.Location;

/**
 * A Python {@code from m import x} where {@code m} is a module of the codebase that neither
 * defines, imports, aliases nor star-exports {@code x}, has no submodule {@code x} and no module
 * {@code __getattr__}: the {@code ImportError} that only shows at run time.
 *
 * @param location where the imported name is written
 * @param ref the import
 * @param symbol {@code m.x}
 */
public record UnresolvedImport(Location location, ImportRef ref, String symbol) {}
